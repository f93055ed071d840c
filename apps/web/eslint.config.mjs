import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Playwright fixtures receive a callback named `use`, which the hooks rules mistake for React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // One way to link: PageLink, which does not prefetch (see components/page-link.tsx).
    files: ["app/**", "components/**"],
    ignores: ["components/page-link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use PageLink from @/components/page-link." }] }] },
  },
  { ignores: [".next/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
