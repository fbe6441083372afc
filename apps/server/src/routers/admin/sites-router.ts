import {
  createSite,
  createSiteType,
  getSite,
  importSites,
  listSites,
  listSiteTypes,
  readSiteMap,
  updateSite,
  updateSiteType,
} from "@cw/db";
import {
  ALL_ROLES,
  adminSiteSchema,
  createSiteInputSchema,
  createSiteTypeInputSchema,
  importSitesInputSchema,
  importSitesOutputSchema,
  listSitesInputSchema,
  listSiteTypesInputSchema,
  READ_ALL_ROLES,
  siteIdInput,
  siteListOutputSchema,
  siteMapInputSchema,
  siteMapOutputSchema,
  siteTypeListOutputSchema,
  siteTypeSchema,
  updateSiteInputSchema,
  updateSiteTypeInputSchema,
} from "@cw/domain";
import { allow, router } from "../../trpc.ts";

export const siteTypesRouter = router({
  list: allow(...ALL_ROLES)
    .input(listSiteTypesInputSchema)
    .output(siteTypeListOutputSchema)
    .query(({ ctx, input }) => listSiteTypes(ctx.svc, input)),

  create: allow("admin")
    .input(createSiteTypeInputSchema)
    .output(siteTypeSchema)
    .mutation(({ ctx, input }) => createSiteType(ctx.svc, input)),

  update: allow("admin")
    .input(updateSiteTypeInputSchema)
    .output(siteTypeSchema)
    .mutation(({ ctx, input }) => updateSiteType(ctx.svc, input)),
});

export const sitesRouter = router({
  list: allow(...ALL_ROLES)
    .input(listSitesInputSchema)
    .output(siteListOutputSchema)
    .query(({ ctx, input }) => listSites(ctx.svc, input)),

  /** Read-only: each site's open tasks per warning colour, grouped in SQL, for the site map. */
  map: allow(...READ_ALL_ROLES)
    .input(siteMapInputSchema)
    .output(siteMapOutputSchema)
    .query(({ ctx, input }) => readSiteMap(ctx.svc, input)),

  get: allow(...ALL_ROLES)
    .input(siteIdInput)
    .output(adminSiteSchema)
    .query(({ ctx, input }) => getSite(ctx.svc, input)),

  create: allow("admin")
    .input(createSiteInputSchema)
    .output(adminSiteSchema)
    .mutation(({ ctx, input }) => createSite(ctx.svc, input)),

  update: allow("admin")
    .input(updateSiteInputSchema)
    .output(adminSiteSchema)
    .mutation(({ ctx, input }) => updateSite(ctx.svc, input)),

  /** A whole file of sites, all or nothing; the problems come back in the caller's language. */
  import: allow("admin")
    .input(importSitesInputSchema)
    .output(importSitesOutputSchema)
    .mutation(({ ctx, input }) => importSites(ctx.svc, input)),
});
