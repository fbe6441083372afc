import { Prisma } from "../generated/prisma/client.ts";

/**
 * Metres between a position in SQL (two numeric expressions) and a point, rounded to whole
 * metres: the equirectangular approximation, exact to well under a metre at a city's scale.
 * The one distance formula of the queries (the verification queue, nearby findings, sites).
 */
export function distanceMetersSql(
  latitude: Prisma.Sql,
  longitude: Prisma.Sql,
  here: { lat: number; lng: number },
): Prisma.Sql {
  return Prisma.sql`round(6371000 * sqrt(
        power(radians(${latitude}::float8 - ${here.lat}), 2) +
        power(cos(radians((${latitude}::float8 + ${here.lat}) / 2)) *
              radians(${longitude}::float8 - ${here.lng}), 2)))::int`;
}
