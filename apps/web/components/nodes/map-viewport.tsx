"use client";

import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from "react";

export type MapMarker = { id: string; x: number; y: number; label: string; radius: number; fillClass: string };

const MIN_ZOOM = 1;
const MAX_ZOOM = 32;
const STEP = 1.6;

type View = { k: number; x: number; y: number };

/**
 * The map's pan and zoom: buttons, the mouse wheel and dragging move one transform over the outline the server
 * drew. Markers keep their size on screen at every zoom, and each is a link to its node's page. No geo code here:
 * the projection ran on the server, so this island is a few kilobytes.
 */
export function MapViewport({
  width,
  height,
  label,
  background,
  outline,
  markers,
}: {
  width: number;
  height: number;
  label: string;
  /** Tiles, when a tile server is configured: under the outline. */
  background?: ReactNode;
  outline: ReactNode;
  markers: MapMarker[];
}) {
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ pointer: number; startX: number; startY: number; view: View; moved: boolean }>(undefined);

  /** Zooms by `factor` keeping the map point under (`cx`, `cy`) (map units) in place. */
  const zoomAt = (factor: number, cx = width / 2, cy = height / 2) =>
    setView((current) => {
      const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, current.k * factor));
      const ratio = k / current.k;
      return clampView({ k, x: cx - (cx - current.x) * ratio, y: cy - (cy - current.y) * ratio }, width, height);
    });

  // A non-passive listener: React's onWheel cannot stop the page from scrolling.
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const point = toMapPoint(element, event.clientX, event.clientY, width, height);
      const factor = Math.exp(-event.deltaY / 300);
      setView((current) => {
        const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, current.k * factor));
        const ratio = k / current.k;
        return clampView({ k, x: point.x - (point.x - current.x) * ratio, y: point.y - (point.y - current.y) * ratio }, width, height);
      });
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [width, height]);

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    drag.current = { pointer: event.pointerId, startX: event.clientX, startY: event.clientY, view, moved: false };
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (!current || current.pointer !== event.pointerId || !svg.current) return;
    const scale = width / svg.current.getBoundingClientRect().width;
    const dx = (event.clientX - current.startX) * scale;
    const dy = (event.clientY - current.startY) * scale;
    if (!current.moved && Math.hypot(dx, dy) < 4) return; // a click on a marker, not a drag
    if (!current.moved) svg.current.setPointerCapture(event.pointerId);
    current.moved = true;
    setView(clampView({ ...current.view, x: current.view.x + dx, y: current.view.y + dy }, width, height));
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };

  const button =
    "rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-semibold text-stone-800 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-teal-700 disabled:opacity-50";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Map zoom">
        <button type="button" className={button} onClick={() => zoomAt(STEP)} disabled={view.k >= MAX_ZOOM}>
          Zoom in
        </button>
        <button type="button" className={button} onClick={() => zoomAt(1 / STEP)} disabled={view.k <= MIN_ZOOM}>
          Zoom out
        </button>
        <button type="button" className={button} onClick={() => setView({ k: 1, x: 0, y: 0 })} disabled={view.k === 1 && view.x === 0 && view.y === 0}>
          Reset
        </button>
        <span className="text-xs text-stone-600" data-testid="map-zoom">
          {view.k.toFixed(1)}× · wheel to zoom, drag to move
        </span>
      </div>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
        data-testid="node-map-svg"
        className="h-auto w-full touch-none select-none rounded-lg border border-stone-200 bg-sky-50"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          {background}
          {outline}
          {markers.map((marker) => (
            <a key={marker.id} href={`/nodes/${marker.id}`} aria-label={marker.label} data-testid="map-node" data-node-id={marker.id}>
              <circle
                cx={marker.x}
                cy={marker.y}
                r={marker.radius / view.k}
                className={`${marker.fillClass} stroke-white`}
                strokeWidth={1.2 / view.k}
              />
              <title>{marker.label}</title>
            </a>
          ))}
        </g>
      </svg>
    </div>
  );
}

function toMapPoint(element: SVGSVGElement, clientX: number, clientY: number, width: number, height: number) {
  const box = element.getBoundingClientRect();
  return { x: ((clientX - box.left) / box.width) * width, y: ((clientY - box.top) / box.height) * height };
}

/** Keeps some of the map on screen: the drawn area never leaves the frame entirely. */
function clampView(view: View, width: number, height: number): View {
  if (view.k === 1) return { k: 1, x: 0, y: 0 };
  const x = Math.min(0, Math.max(width - width * view.k, view.x));
  const y = Math.min(0, Math.max(height - height * view.k, view.y));
  return { k: view.k, x, y };
}
