import { describe, expect, it, vi } from 'vitest';

// The pure parts are tested here; the storage calls run in the extension (e2e).
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { DEFAULT_SETTINGS, isSilenced, normalizeSettings, normalizeSite } from './settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ autoAnalyse: 'no', silentSites: 'a.com', highlightKinds: null })).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid values and cleans the site list', () => {
    expect(
      normalizeSettings({ autoAnalyse: false, silentSites: ['WWW.Example.com', 'example.com', 'https://news.site.org/x', 7, 'not a site!'], highlightKinds: { quote: false } }),
    ).toEqual({ ...DEFAULT_SETTINGS, autoAnalyse: false, silentSites: ['example.com', 'news.site.org'], highlightKinds: { figure: true, quote: false, attribution: true } });
  });
  it('remembering: the switch, sites never remembered, and retention limits kept within bounds', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ remember: true, notRemembered: [], keepDays: 90, keepArticles: 10_000 });
    expect(normalizeSettings({ remember: false, notRemembered: ['https://www.bank.example/x', 'nope!'], keepDays: 0, keepArticles: 12.6 })).toMatchObject({
      remember: false,
      notRemembered: ['bank.example'],
      keepDays: 1,
      keepArticles: 13,
    });
    expect(normalizeSettings({ keepDays: 1e9, keepArticles: 'many' })).toMatchObject({ keepDays: 3650, keepArticles: 10_000 });
  });
});

describe('normalizeSite', () => {
  it('takes host names, addresses and pasted URLs', () => {
    expect(normalizeSite(' https://www.Example.com/world?x=1 ')).toBe('example.com');
    expect(normalizeSite('news.example.co.uk')).toBe('news.example.co.uk');
    expect(normalizeSite('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(normalizeSite('localhost')).toBe('localhost');
  });
  it('refuses what is not a site', () => {
    for (const bad of ['', '   ', 'a b', 'exa_mple.com', 'http://', '..']) expect(normalizeSite(bad)).toBeNull();
  });
});

describe('isSilenced', () => {
  const sites = ['example.com', '127.0.0.1'];
  it('covers the site, www and its subdomains', () => {
    expect(isSilenced('example.com', sites)).toBe(true);
    expect(isSilenced('www.example.com', sites)).toBe(true);
    expect(isSilenced('news.example.com', sites)).toBe(true);
    expect(isSilenced('127.0.0.1', sites)).toBe(true);
  });
  it('does not cover other sites that merely end alike', () => {
    expect(isSilenced('badexample.com', sites)).toBe(false);
    expect(isSilenced('example.com.evil.org', sites)).toBe(false);
    expect(isSilenced('other.org', [])).toBe(false);
  });
});
