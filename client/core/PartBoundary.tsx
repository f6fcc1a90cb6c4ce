import { Component, type ReactNode } from "react";
import { useT } from "../i18n/I18nProvider";

/** Keeps a part whose code could not be fetched (offline, a new release) from taking the page down. */
export class PartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <PartFailed /> : this.props.children;
  }
}

function PartFailed() {
  const t = useT();
  return (
    <p className="alert" role="alert">
      {t("app.partFailed")}
    </p>
  );
}
