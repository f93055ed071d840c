import "server-only";
import { geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldTopology from "world-atlas/countries-110m.json";
import countriesTopology from "world-atlas/countries-50m.json";
import type { NodeView } from "@/lib/reads/nodes";
import { MapViewport, type MapMarker } from "./map-viewport";
import { kindName, kindRadius, statusFill, statusName } from "./node-style";

const WIDTH = 800;
const HEIGHT = 520;
const PAD = 36;
/** The smallest span the map shows around its nodes, in degrees: one node alone is not drawn at street level. */
const MIN_SPAN_DEGREES = 0.6;
/** Mercator's usual edge; tile servers cut the world here too. */
const MERCATOR_MAX_LATITUDE = 85.05112878;

type Countries = Topology<{ countries: GeometryCollection }>;
const outlineOf = (topology: unknown) => feature(topology as Countries, (topology as Countries).objects.countries);
// Natural Earth's countries, shipped in the npm package: the map needs no network at all. 1:50m for a region;
// 1:110m for the whole world (no node to show), where 1:50m would put 700 kB of paths in the page.
const countries = outlineOf(countriesTopology);
const world = outlineOf(worldTopology);

/** A tile server, when `SCIPIO_MAP_TILE_URL` names one (`https://…/{z}/{x}/{y}.png`); never required. */
function tileServer() {
  const url = process.env.SCIPIO_MAP_TILE_URL;
  if (!url || !/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/.test(url)) return undefined;
  return { url, attribution: process.env.SCIPIO_MAP_TILE_ATTRIBUTION ?? "Map tiles" };
}

/** The frame the projection fits: every node, widened to `MIN_SPAN_DEGREES`; the whole world when there are none. */
function frame(nodes: NodeView[]): GeoPermissibleObjects {
  if (nodes.length === 0) return world;
  const lats = nodes.map((node) => node.latitude);
  const lons = nodes.map((node) => node.longitude);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const grow = (low: number, high: number) => {
    const missing = Math.max(0, MIN_SPAN_DEGREES - (high - low)) / 2;
    return [low - missing, high + missing] as const;
  };
  const [s, n] = grow(south, north);
  const [w, e] = grow(west, east);
  return {
    type: "MultiPoint",
    coordinates: [
      [w, Math.max(-MERCATOR_MAX_LATITUDE, s)],
      [e, Math.min(MERCATOR_MAX_LATITUDE, n)],
    ],
  };
}

/**
 * The nodes on a map drawn on the server: d3-geo projects Natural Earth's outline and the node locations into
 * SVG here, so neither the geo library nor the outline reaches the browser; only the pan-and-zoom island does.
 */
export function NodeMap({ nodes }: { nodes: NodeView[] }) {
  const projection = geoMercator()
    .fitExtent(
      [
        [PAD, PAD],
        [WIDTH - PAD, HEIGHT - PAD],
      ],
      frame(nodes),
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection);
  const tiles = tileServer();
  const tiled = tiles !== undefined;
  const outline = (
    <g aria-hidden>
      {(nodes.length === 0 ? world : countries).features.map((country, index) => {
        const d = path(country);
        return d ? <path key={country.id ?? index} d={d} className={tiled ? "fill-transparent stroke-stone-500" : "fill-stone-100 stroke-stone-400"} strokeWidth={0.6} vectorEffect="non-scaling-stroke" /> : null;
      })}
    </g>
  );
  const markers: MapMarker[] = nodes.flatMap((node) => {
    const point = projection([node.longitude, node.latitude]);
    if (!point) return [];
    const name = node.metadata?.name ?? `Node #${node.id}`;
    return [
      {
        id: node.id.toString(),
        x: Number(point[0].toFixed(2)),
        y: Number(point[1].toFixed(2)),
        label: `${name}: ${kindName(node.kind)}, ${statusName(node.status)}`,
        radius: kindRadius[node.kind] ?? 4,
        fillClass: statusFill[node.status] ?? "fill-stone-700",
      },
    ];
  });
  return (
    <figure className="space-y-2" data-testid="node-map">
      <MapViewport
        width={WIDTH}
        height={HEIGHT}
        label={`Map of ${nodes.length} ${nodes.length === 1 ? "node" : "nodes"}`}
        background={tiles && <Tiles projection={projection} url={tiles.url} />}
        outline={outline}
        markers={markers}
      />
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
        {statusFill.map((fill, status) => (
          <span key={status} className="flex items-center gap-1">
            <svg width="10" height="10" aria-hidden>
              <circle cx="5" cy="5" r="4" className={fill} />
            </svg>
            {statusName(status)}
          </span>
        ))}
        <span>Bigger dots are bigger installations (client → datacenter).</span>
        <span>{tiles ? tiles.attribution : "Outline: Natural Earth (public domain)."}</span>
      </figcaption>
    </figure>
  );
}

/** Web-Mercator tiles under the outline, at the zoom level nearest to the projection's scale. */
function Tiles({ projection, url }: { projection: ReturnType<typeof geoMercator>; url: string }) {
  const worldSize = 2 * Math.PI * projection.scale();
  const zoom = Math.max(0, Math.min(19, Math.round(Math.log2(worldSize / 256))));
  const tileSize = worldSize / 2 ** zoom;
  const [originX, originY] = projection([-180, MERCATOR_MAX_LATITUDE])!;
  const tiles = [];
  const count = 2 ** zoom;
  for (let tx = Math.floor(-originX / tileSize); tx * tileSize + originX < WIDTH; tx++) {
    for (let ty = Math.max(0, Math.floor(-originY / tileSize)); ty * tileSize + originY < HEIGHT && ty < count; ty++) {
      const wrapped = ((tx % count) + count) % count;
      const href = url.replace("{z}", String(zoom)).replace("{x}", String(wrapped)).replace("{y}", String(ty));
      tiles.push(<image key={`${tx}/${ty}`} href={href} x={originX + tx * tileSize} y={originY + ty * tileSize} width={tileSize} height={tileSize} />);
    }
  }
  return <g aria-hidden>{tiles}</g>;
}
