"use client";

import { useEffect, useRef, useState, type RefObject } from "react";

/** Pages drawn at most, so a long document cannot exhaust the reviewer's memory. */
const MAX_PAGES = 20;

/**
 * A verified PDF drawn page by page with pdf.js. Its code and its worker are loaded only when an evidence page
 * shows a PDF (this module is imported lazily), so no other route's bundle carries them, and only once the
 * viewer is within reach of the screen: starting pdf.js and drawing on the main thread would otherwise compete
 * with the page's own start on a phone, where the invoice sits below the metadata. Scripts inside the PDF are
 * never run: pdf.js draws pages and does not execute document scripts.
 */
export default function PdfPages({ bytes, label }: { bytes: Uint8Array; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ status: "loading" } | { status: "drawn"; pages: number; total: number } | { status: "failed"; message: string }>({
    status: "loading",
  });

  const near = useNearViewport(container);

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    let destroy: (() => void) | undefined;
    (async () => {
      const pdfjs = await import("pdfjs-dist");
      if (!pdfjs.GlobalWorkerOptions.workerPort) {
        pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
      }
      // pdf.js takes ownership of the buffer it is given: hand it a copy, the caller keeps the verified bytes.
      const task = pdfjs.getDocument({ data: bytes.slice() });
      destroy = () => void task.destroy();
      const document = await task.promise;
      const total = document.numPages;
      const pages = Math.min(total, MAX_PAGES);
      const target = container.current;
      if (cancelled || !target) return;
      target.replaceChildren();
      for (let number = 1; number <= pages; number++) {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: 1.5 });
        const canvas = window.document.createElement("canvas");
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.className = "h-auto w-full max-w-3xl rounded border border-stone-200 bg-white";
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", `${label}, page ${number} of ${total}`);
        canvas.dataset.testid = "pdf-page";
        target.append(canvas);
        await page.render({ canvas, viewport }).promise;
        if (cancelled) return;
      }
      setState({ status: "drawn", pages, total });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: "failed", message: (error as Error).message });
    });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [bytes, label, near]);

  return (
    <div className="space-y-2">
      {state.status === "loading" && <p className="text-sm text-stone-600">Drawing the PDF…</p>}
      {state.status === "failed" && (
        <p role="alert" className="text-sm text-red-800" data-testid="pdf-failed">
          The file is a PDF that pdf.js cannot draw ({state.message}). Download it to open it elsewhere.
        </p>
      )}
      {state.status === "drawn" && (
        <p className="text-xs text-stone-600" data-testid="pdf-pages-drawn">
          {state.pages === state.total ? `${state.total} page${state.total === 1 ? "" : "s"}` : `The first ${state.pages} of ${state.total} pages`}
        </p>
      )}
      <div ref={container} className="space-y-3" data-testid="pdf-pages" />
    </div>
  );
}

/** Whether the element has come within reach of the viewport (and stays true from then on). */
function useNearViewport(element: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: "100px 0px" });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, near]);
  return near;
}
