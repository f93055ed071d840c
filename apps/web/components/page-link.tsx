import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: `next/link` without prefetching. Every page reads the chain per request, so a prefetch
 * brings only a shell, and a page of links would send requests while it loads (22 on /projects).
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
