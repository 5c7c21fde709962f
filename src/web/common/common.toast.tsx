import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';

interface Toast {
  id: number;
  message: string;
  undo?: () => void | Promise<void>;
}

type Notify = (message: string, undo?: () => void | Promise<void>) => void;

const ToastContext = createContext<Notify>(() => {});

/** Short notices in a live region, with Undo for anything destructive (the action waits until then). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const notify = useCallback<Notify>(
    (message, undo) => {
      const id = next.current++;
      setToasts((list) => [...list.slice(-2), { id, message, ...(undo ? { undo } : {}) }]);
      // Long enough to read and reach Undo by keyboard.
      window.setTimeout(() => dismiss(id), undo ? 10_000 : 5_000);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-live="polite" aria-label="Notifications">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast" role="status">
            <span>{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                onClick={async () => {
                  dismiss(toast.id);
                  await toast.undo?.();
                }}
              >
                Undo
              </button>
            )}
            <button type="button" className="quiet" aria-label="Dismiss notification" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </section>
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  return useContext(ToastContext);
}
