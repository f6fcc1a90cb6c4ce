import { useT } from "../../i18n/I18nProvider";

export function PresenceCount({ count }: { count: number }) {
  const t = useT();
  return (
    <p className="presence" data-testid="presence" data-count={count}>
      {t(count === 1 ? "presence.one" : "presence.other", { count })}
    </p>
  );
}
