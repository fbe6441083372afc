import { useCallback, useEffect, useState } from "react";

export interface Position {
  status: "locating" | "ready" | "denied" | "unavailable";
  coords?: { latitude: number; longitude: number };
  locate: () => void;
}

/**
 * The phone's position, asked for once when the screen opens (and again on request). A rough
 * fix is enough to sort sites: a cached one up to a minute old answers at once outdoors.
 */
export function usePosition(): Position {
  const [state, setState] = useState<Omit<Position, "locate">>({ status: "locating" });
  const locate = useCallback(() => {
    if (!("geolocation" in navigator)) {
      setState({ status: "unavailable" });
      return;
    }
    setState((s) => ({ ...s, status: "locating" }));
    navigator.geolocation.getCurrentPosition(
      (p) =>
        setState({
          status: "ready",
          coords: { latitude: p.coords.latitude, longitude: p.coords.longitude },
        }),
      (error) =>
        setState({ status: error.code === error.PERMISSION_DENIED ? "denied" : "unavailable" }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }, []);
  useEffect(locate, [locate]);
  return { ...state, locate };
}
