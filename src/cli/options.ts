import { Option } from 'commander';

export function dbOption(): Option {
  return new Option('--db <path>', 'SQLite database file').env('MARSAD_DB').default('./marsad.db');
}
