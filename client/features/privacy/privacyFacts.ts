import { useEffect, useState } from "react";
import type { PrivacyFacts } from "../../../shared/privacyFacts";

let loading: Promise<PrivacyFacts | null> | null = null;

/** The instance's legal links and what it stores (GET /api/privacy, LEGAL-1, LEGAL-3): asked once per page. */
export function loadPrivacyFacts(): Promise<PrivacyFacts | null> {
  loading ??= fetch("/api/privacy").then(
    (answer) => (answer.ok ? (answer.json() as Promise<PrivacyFacts>) : null),
    () => null,
  );
  return loading;
}

/** The facts once they are here: undefined while loading, null when the server could not say. */
export function usePrivacyFacts(): PrivacyFacts | null | undefined {
  const [facts, setFacts] = useState<PrivacyFacts | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadPrivacyFacts().then((loaded) => {
      if (current) setFacts(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return facts;
}
