import { useEffect, useSyncExternalStore } from "react";
import {
  currentWaiting,
  startSync,
  subscribeWaiting,
  type WaitingWrite,
} from "./waiting-writes.js";

/** The writes waiting on this phone, kept up to date; starts sending them. */
export function useWaitingWrites(): WaitingWrite[] {
  useEffect(startSync, []);
  return useSyncExternalStore(subscribeWaiting, currentWaiting);
}

/** Whether the phone has a connection, as the browser knows it. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener("online", listener);
      window.addEventListener("offline", listener);
      return () => {
        window.removeEventListener("online", listener);
        window.removeEventListener("offline", listener);
      };
    },
    () => navigator.onLine,
  );
}
