import { PlaceholderPage } from "../components/placeholder-page.tsx";

// Lazy-loaded route (app/app-routes.tsx); the issue that builds this screen replaces it.
export default function AssessmentPage() {
  return <PlaceholderPage titleKey="nav.assessment" />;
}
