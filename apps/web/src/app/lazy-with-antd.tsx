import { type ComponentType, lazy } from "react";

/**
 * A lazy part drawn with antd, under antd's provider (the app's theme, the user's language),
 * the provider's code fetched beside the part's rather than before it.
 *
 * antd is not around the whole app (decision 0033): the phone screens' first screens (the
 * inspector's site list, the unit officer's lists) are plain markup, and the ~50 kB of antd's
 * core and its evaluation on a phone's CPU kept them from drawing (issue 15). Each part that
 * does use antd — a screen of the router, the site view, a drawer — brings its own provider.
 */
export function lazyWithAntd<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [{ default: AntdProvider }, Part] = await Promise.all([
      import("./antd-provider.tsx"),
      load(),
    ]);
    return {
      default: (props: P) => (
        <AntdProvider>
          <Part {...props} />
        </AntdProvider>
      ),
    };
  });
}
