import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App, startFirstLoad } from "./app/app.tsx";
import { i18n, savedLanguage, setLanguage } from "./i18n/i18n.ts";
import "./styles.css";

// Nothing waits for anything: who is signed in is asked, and the first screen's code (with,
// on a screen's address, the API client that asks its data) fetched, before React renders.
// TanStack Query, the tRPC client and antd load with the signed-in app, not here (app.tsx,
// api-root.tsx; issue 15), so the sign-in page's load is small.
const first = startFirstLoad(location.pathname);

const root = document.getElementById("root");
// Someone who chose English gets it from the first paint (its catalogue is fetched first).
// Always through setLanguage, which writes the cookie: without one the server would answer in
// the browser's Accept-Language (English in many browsers) under a Chinese screen.
const ready = setLanguage(savedLanguage());
if (root) {
  void ready.finally(() =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App first={first} />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
}
