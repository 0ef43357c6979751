// Shared helpers for ingest tests: a throwaway directory per test file.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export async function tempDir(): Promise<{ dir: string; write(rel: string, data: string | Buffer): Promise<string>; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-ingest-'));
  return {
    dir,
    async write(rel, data) {
      const path = join(dir, rel);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
      return path;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

// Sentences written for these tests (fictional events, real places).
export const AR_REPORT =
  'قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم، ما أدى إلى مقتل مدنيين اثنين وإصابة أربعة آخرين بجروح.';
export const EN_REPORT =
  'Government artillery shelled the town of Kafr Nabl in southern Idlib on Tuesday morning, killing two civilians and wounding four others, local rescuers said.';
export const FR_REPORT =
  "L'artillerie gouvernementale a bombardé mardi matin la ville de Kafr Nabl, dans le sud de la province d'Idleb, tuant deux civils et en blessant quatre autres.";
