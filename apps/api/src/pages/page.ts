import type { Context } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";
import { preferredLanguage } from "../http/negotiation.ts";
import { type MediaType, negotiate, represent } from "../http/representation.ts";
import { LANGS, type Lang } from "./i18n.ts";
import type { Reading } from "./paths.ts";

/** The reader's language: `?lang=` when given, else the one Accept-Language prefers (English by default). */
export function readingOf(c: Context, lang: Lang | undefined): Reading {
  if (lang !== undefined) return { lang, explicit: true };
  return { lang: preferredLanguage(c.req.header("Accept-Language"), LANGS), explicit: false };
}

/**
 * Negotiates the media type, and says the answer cache must keep the page once per language
 * when Accept-Language chose it; with `?lang=` the URL names the language.
 */
export function negotiateReading(c: Context, reading: Reading, offered: readonly MediaType[]): MediaType {
  const type = negotiate(c, offered);
  if (!reading.explicit) c.set("offer", { ...c.get("offer"), languages: LANGS });
  return type;
}

/** Answers with a page, like every resource (ETag, 304, gzip, cache), naming its JSON resource. */
export function representPage(
  c: Context,
  reading: Reading,
  json: string | undefined,
  render: () => JSX.Element,
) {
  const headers: Record<string, string> = { "Content-Language": reading.lang };
  if (json !== undefined) headers.Link = `<${json}>; rel="alternate"; type="application/json"`;
  return represent(c, "text/html", () => `<!doctype html>${render()}`, headers);
}

/** A page that offers only HTML. */
export function answerPage(
  c: Context,
  reading: Reading,
  json: string | undefined,
  render: () => JSX.Element,
) {
  negotiateReading(c, reading, ["text/html"]);
  return representPage(c, reading, json, render);
}
