"use client";

import type { TransactionUpdate } from "@scipio/sdk/hooks";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

/**
 * The app's one notification path for transactions: every `useTransaction` step lands here
 * (through `ScipioProvider`) and updates one toast per transaction in place.
 */
type ToastsContextValue = { notifyTransaction(update: TransactionUpdate): void };

const ToastsContext = createContext<ToastsContextValue | null>(null);

const CONFIRMED_TOAST_MS = 10_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<TransactionUpdate[]>([]);

  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const notifyTransaction = useCallback((update: TransactionUpdate) => {
    setToasts((current) =>
      current.some((toast) => toast.id === update.id)
        ? current.map((toast) => (toast.id === update.id ? update : toast))
        : [...current, update],
    );
  }, []);
  const value = useMemo(() => ({ notifyTransaction }), [notifyTransaction]);

  return (
    <ToastsContext.Provider value={value}>
      {children}
      <section
        aria-label="Notifications"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end"
      >
        {toasts.map((toast) => (
          <Toast key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </section>
    </ToastsContext.Provider>
  );
}

export function useToasts(): ToastsContextValue {
  const value = useContext(ToastsContext);
  if (!value) throw new Error("useToasts needs a <ToastProvider> above it");
  return value;
}

const statusText: Record<Exclude<TransactionUpdate["status"], "failed" | "idle">, string> = {
  simulating: "Checking that it will succeed…",
  signing: "Confirm in your wallet…",
  pending: "Sent. Waiting for the block…",
  confirmed: "Confirmed.",
};

function Toast({ toast, onDismiss }: { toast: TransactionUpdate; onDismiss(id: string): void }) {
  useEffect(() => {
    if (toast.status !== "confirmed") return;
    const timer = setTimeout(() => onDismiss(toast.id), CONFIRMED_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.status, toast.id, onDismiss]);

  const failed = toast.status === "failed";
  return (
    <div
      role={failed ? "alert" : "status"}
      data-testid="transaction-toast"
      data-status={toast.status}
      className={`pointer-events-auto w-full max-w-sm rounded-lg border bg-white p-4 shadow-lg ${
        failed ? "border-red-300" : toast.status === "confirmed" ? "border-teal-300" : "border-stone-200"
      }`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-stone-900">
            {failed ? toast.error.title : toast.label}
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {failed ? toast.error.message : toast.status === "idle" ? "" : statusText[toast.status]}
          </p>
          {"hash" in toast && toast.hash && (
            <p className="mt-1 truncate font-mono text-xs text-stone-500" title={toast.hash}>
              {toast.hash}
            </p>
          )}
        </div>
        <button
          type="button"
          onClick={() => onDismiss(toast.id)}
          className="rounded px-2 py-1 text-sm text-stone-600 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-teal-700"
          aria-label="Dismiss notification"
        >
          ✕
        </button>
      </div>
    </div>
  );
}
