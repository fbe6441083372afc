import {
  createSite,
  createSiteType,
  getSite,
  listSites,
  listSiteTypes,
  updateSite,
  updateSiteType,
} from "@cw/db";
import {
  ALL_ROLES,
  adminSiteSchema,
  createSiteInputSchema,
  createSiteTypeInputSchema,
  listSitesInputSchema,
  listSiteTypesInputSchema,
  siteIdInput,
  siteListOutputSchema,
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
});
