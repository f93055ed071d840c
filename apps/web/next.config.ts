import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The sdk ships TypeScript sources.
  transpilePackages: ["@scipio/sdk"],
  // The sdk's generated file pairs each ABI with wagmi hooks, and wagmi's hooks are client modules:
  // bundled into a server component that reads an ABI, they would pull wagmi into that route's
  // first load. Loaded by Node instead, their "use client" boundaries are not followed (no server
  // component renders a wagmi hook; the wallet islands render only in the browser).
  serverExternalPackages: ["wagmi"],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
