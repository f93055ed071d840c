import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The sdk ships TypeScript sources.
  transpilePackages: ["@scipio/sdk"],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
