import {
  createSite,
  createSiteType,
  getSite,
  importSites,
  listSites,
  listSiteTypes,
  readCalendar,
  readSettings,
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
    .query(({ ctx, input }) => listSiteTypes(ctx.db.prisma, input)),

  create: allow("admin")
    .input(createSiteTypeInputSchema)
    .output(siteTypeSchema)
    .mutation(({ ctx, input }) => createSiteType(ctx.db.prisma, ctx.actor, input, ctx.now())),

  update: allow("admin")
    .input(updateSiteTypeInputSchema)
    .output(siteTypeSchema)
    .mutation(({ ctx, input }) => updateSiteType(ctx.db.prisma, ctx.actor, input, ctx.now())),
});

export const sitesRouter = router({
  list: allow(...ALL_ROLES)
    .input(listSitesInputSchema)
    .output(siteListOutputSchema)
    .query(({ ctx, input }) => listSites(ctx.db.prisma, input)),

  /** Read-only: each site's open tasks per warning colour, grouped in SQL, for the site map. */
  map: allow(...READ_ALL_ROLES)
    .input(siteMapInputSchema)
    .output(siteMapOutputSchema)
    .query(async ({ ctx, input }) => {
      const prisma = ctx.db.prisma;
      const [settings, calendar] = await Promise.all([readSettings(prisma), readCalendar(prisma)]);
      return readSiteMap(prisma, input, ctx.now(), settings, calendar);
    }),

  get: allow(...ALL_ROLES)
    .input(siteIdInput)
    .output(adminSiteSchema)
    .query(({ ctx, input }) => getSite(ctx.db.prisma, input.id)),

  create: allow("admin")
    .input(createSiteInputSchema)
    .output(adminSiteSchema)
    .mutation(({ ctx, input }) => createSite(ctx.db.prisma, ctx.actor, input, ctx.now())),

  update: allow("admin")
    .input(updateSiteInputSchema)
    .output(adminSiteSchema)
    .mutation(({ ctx, input }) => updateSite(ctx.db.prisma, ctx.actor, input, ctx.now())),

  /** A whole file of sites, all or nothing; the problems come back in the caller's language. */
  import: allow("admin")
    .input(importSitesInputSchema)
    .output(importSitesOutputSchema)
    .mutation(({ ctx, input }) =>
      importSites(ctx.db.prisma, ctx.actor, input, ctx.now(), ctx.locale),
    ),
});
