import { PlaceholderPage } from "../components/placeholder-page.tsx";

// Lazy-loaded route (app/app-routes.tsx); the issue that builds this screen replaces it.
export default function UnitPage() {
  return <PlaceholderPage titleKey="nav.unit" />;
}
