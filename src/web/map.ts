// The event map: an offline basemap of Natural Earth country shapes (world-atlas TopoJSON,
// served by Marsad itself), optional online tiles, and event circles coloured by type, sized by
// fatalities and clustered where dense.
import L from 'leaflet';
import 'leaflet.markercluster';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ConflictEvent } from './api.js';
import { h } from './dom.js';
import { formatNumber, t, term } from './i18n.js';
import { TYPE_ORDER, markerRadius, typeColor } from './palette.js';

const SYRIA_CENTER: L.LatLngTuple = [35.2, 38.4];

export interface EventMap {
  /** `total` is the number of events matching the filters; the map may hold fewer. */
  setEvents(events: ConflictEvent[], fit: boolean, total: number): void;
  renderLegend(): void;
  invalidate(): void;
}

function tooltipFor(e: ConflictEvent): HTMLElement {
  return h('div', { class: 'map-tip' },
    h('strong', { dir: 'auto' }, e.location),
    h('br'),
    `${e.event_date ?? '—'} · ${term(e.sub_event_type)}`,
    e.fatalities > 0 ? h('br') : null,
    e.fatalities > 0 ? `${t('col_fatalities')}: ${formatNumber(e.fatalities)}` : null,
  );
}

/** Cluster icon: count inside a ring coloured by the cluster's most frequent event type. */
function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const counts = new Map<string, number>();
  for (const m of cluster.getAllChildMarkers()) {
    const type = (m.options as { eventType?: string }).eventType ?? '';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let top = '';
  let best = -1;
  for (const [type, n] of counts) if (n > best) [top, best] = [type, n];
  const n = cluster.getChildCount();
  const size = Math.round(26 + Math.min(24, Math.log2(n) * 4));
  const ring = h('div', { class: 'cluster-ring' }, h('span', {}, formatNumber(n)));
  ring.style.borderColor = typeColor(top);
  ring.style.width = ring.style.height = `${size}px`;
  return L.divIcon({ html: ring, className: 'marsad-cluster', iconSize: L.point(size, size) });
}

export function createMap(el: HTMLElement, opts: { tileUrl: string | null; onSelect: (id: string) => void }): EventMap {
  const map = L.map(el, { center: SYRIA_CENTER, zoom: 7, minZoom: 2, maxZoom: 14, worldCopyJump: true, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  if (opts.tileUrl) {
    L.tileLayer(opts.tileUrl, { maxZoom: 18, attribution: '© OpenStreetMap contributors' }).addTo(map);
  }
  // The basemap is fetched from the server, never from a CDN: it works offline.
  void fetch('basemap/countries-50m.json')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((topo: Topology) => {
      const countries = feature(topo, topo.objects.countries as GeometryCollection);
      const layer = L.geoJSON(countries, {
        style: () => ({ color: '#8a8f98', weight: 0.8, fillColor: opts.tileUrl ? 'transparent' : '#f4f1ea', fillOpacity: opts.tileUrl ? 0 : 1 }),
        interactive: false,
      });
      layer.addTo(map);
      layer.bringToBack();
    })
    .catch(() => el.classList.add('basemap-missing'));

  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 60,
    spiderfyOnMaxZoom: true,
    disableClusteringAtZoom: 12,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(cluster);

  const legend = new L.Control({ position: 'bottomleft' });
  const legendEl = h('div', { class: 'legend', 'data-testid': 'legend' });
  legend.onAdd = () => legendEl;
  legend.addTo(map);

  // Says when the map holds only part of the filtered events (the newest ones).
  const notice = new L.Control({ position: 'topright' });
  const noticeEl = h('div', { class: 'map-notice', 'data-testid': 'map-notice', hidden: true });
  notice.onAdd = () => noticeEl;
  notice.addTo(map);
  let shown = 0;
  let matching = 0;
  function renderNotice() {
    noticeEl.hidden = shown >= matching;
    noticeEl.textContent = t('map_partial').replace('{n}', formatNumber(shown)).replace('{total}', formatNumber(matching));
  }

  function renderLegend() {
    legendEl.replaceChildren(
      h('div', { class: 'legend-title' }, t('legend')),
      ...TYPE_ORDER.map((type) => {
        const dot = h('span', { class: 'swatch' });
        dot.style.backgroundColor = typeColor(type);
        return h('div', { class: 'legend-row' }, dot, term(type));
      }),
      h('div', { class: 'legend-note' }, t('legend_size')),
    );
    renderNotice();
  }
  renderLegend();

  return {
    setEvents(events, fit, total) {
      shown = events.length;
      matching = total;
      renderNotice();
      cluster.clearLayers();
      const markers: L.Layer[] = [];
      const bounds: L.LatLngTuple[] = [];
      for (const e of events) {
        if (e.latitude === null || e.longitude === null) continue;
        const m = L.circleMarker([e.latitude, e.longitude], {
          radius: markerRadius(e.fatalities),
          color: '#1c1c1c',
          weight: 1,
          fillColor: typeColor(e.event_type),
          fillOpacity: 0.82,
          eventType: e.event_type,
        } as L.CircleMarkerOptions);
        m.bindTooltip(() => tooltipFor(e), { direction: 'top' });
        m.on('click', () => opts.onSelect(e.event_id));
        markers.push(m);
        bounds.push([e.latitude, e.longitude]);
      }
      cluster.addLayers(markers);
      if (fit && bounds.length) map.fitBounds(L.latLngBounds(bounds).pad(0.15), { maxZoom: 8, animate: false });
    },
    renderLegend,
    invalidate: () => map.invalidateSize(),
  };
}
