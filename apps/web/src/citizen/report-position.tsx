import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { PlainButton } from "../components/plain-controls.tsx";

export interface Position {
  latitude: number;
  longitude: number;
  /** Metres, from the phone's GPS; null when tapped on the map. */
  accuracy: number | null;
}

// The map is drawn only for those who ask for it: the page's first load stays a form.
const ReportMap = lazy(() => import("./report-map.tsx"));

/**
 * Where the problem is: the phone's GPS position, or a site from the list (its value); a site's
 * QR code preselects it. Either is enough; the coordinator matches the site when only the
 * position came.
 */
export function ReportPosition({
  value,
  onChange,
  sites,
  position,
  onPosition,
}: {
  value: string | undefined;
  onChange: (siteId: string | undefined) => void;
  sites: { id: string; name: string; address: string; latitude: number; longitude: number }[];
  position: Position | null;
  onPosition: (p: Position | null) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "locating" | "failed">("idle");
  const [map, setMap] = useState(false);
  const locate = () => {
    if (!navigator.geolocation) return setState("failed");
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setState("idle");
        onPosition({
          latitude: Math.round(p.coords.latitude * 1e6) / 1e6,
          longitude: Math.round(p.coords.longitude * 1e6) / 1e6,
          accuracy: Math.round(p.coords.accuracy),
        });
      },
      () => setState("failed"),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  return (
    <div className="report-position">
      <PlainButton onClick={locate} loading={state === "locating"} data-testid="report-gps">
        {state === "locating" ? t("report.locating") : t("report.useGps")}
      </PlainButton>
      <PlainButton
        onClick={() => setMap((open) => !open)}
        aria-expanded={map}
        data-testid="report-map-open"
      >
        {t("report.onMap")}
      </PlainButton>
      {map && (
        <Suspense fallback={null}>
          <ReportMap
            sites={sites}
            picked={position}
            onPick={(p) => onPosition({ ...p, accuracy: null })}
            onSite={(site) => {
              onChange(site.id);
              onPosition({ latitude: site.latitude, longitude: site.longitude, accuracy: null });
            }}
          />
        </Suspense>
      )}
      {position && (
        <p className="report-hint" role="status" data-testid="report-position">
          {position.accuracy === null
            ? t("report.pickedOnMap")
            : t("report.located", { m: position.accuracy })}
        </p>
      )}
      {state === "failed" && <p className="report-hint">{t("report.gpsFailed")}</p>}
      <p className="report-hint">{t("report.orSite")}</p>
      {/* A native list: the phone's own picker, and no popup code on a public page. */}
      <select
        className="report-select"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || undefined)}
        aria-label={t("report.orSite")}
        data-testid="report-site"
      >
        <option value="">{t("report.sitePlaceholder")}</option>
        {sites.map((s) => (
          <option key={s.id} value={s.id} title={s.address}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
