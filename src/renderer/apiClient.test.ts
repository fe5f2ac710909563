import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { apiFromCall, httpCall, takeToken, unwrap, type Fetch } from './apiClient.ts';
import { base64ToBytes, dataUrlToBase64 } from './hostFiles.ts';

/** A stand-in for the network: records each request and answers with a fixed status and body. */
function recordingFetch(status: number, body: string) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchImpl: Fetch = async (url, init) => {
    requests.push({ url, init });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetchImpl, requests };
}

describe('unwrap', () => {
  it('returns the value of an ok result', () => {
    expect(unwrap({ ok: true, value: { articles: 3 } })).toEqual({ articles: 3 });
  });

  it('throws an AppError that keeps the code and message', () => {
    const run = () => unwrap({ ok: false, error: { code: 'stale', message: 'version 3 is not 4' } });
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (e) {
      expect((e as AppError).code).toBe('stale');
      expect((e as AppError).message).toBe('version 3 is not 4');
    }
  });

  it('treats a malformed answer as an internal error', () => {
    expect(() => unwrap('<html>')).toThrow(/malformed/);
  });
});

describe('httpCall', () => {
  it('posts the input as JSON to /api/<method> with the bearer token', async () => {
    const { fetchImpl, requests } = recordingFetch(
      200,
      JSON.stringify({ ok: true, value: { items: [], total: 0 } }),
    );
    const api = apiFromCall(httpCall('s3cret', fetchImpl));
    await expect(api.listArticles({ query: '园区' })).resolves.toEqual({ items: [], total: 0 });
    expect(requests).toHaveLength(1);
    const [req] = requests;
    expect(req?.url).toBe('/api/listArticles');
    expect(req?.init.method).toBe('POST');
    expect((req?.init.headers as Record<string, string>).Authorization).toBe('Bearer s3cret');
    expect(JSON.parse(String(req?.init.body))).toEqual({ query: '园区' });
  });

  it('turns an error body into a thrown AppError with its code', async () => {
    const { fetchImpl } = recordingFetch(
      409,
      JSON.stringify({ ok: false, error: { code: 'stale', message: 'stale' } }),
    );
    const api = apiFromCall(httpCall('t', fetchImpl));
    await expect(api.updateIndicator({ id: 1, version: 1, patch: { note: 'x' } })).rejects.toMatchObject({
      code: 'stale',
    });
  });

  it('reports a 401 without a JSON body as unauthorized', async () => {
    const { fetchImpl } = recordingFetch(401, 'no');
    await expect(apiFromCall(httpCall(null, fetchImpl)).getStoreInfo({})).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });
});

describe('takeToken', () => {
  it('takes the token out of the URL and keeps the rest', () => {
    expect(takeToken('http://127.0.0.1:5173/?token=abc&x=1#top')).toEqual({
      token: 'abc',
      cleanUrl: '/?x=1#top',
    });
    expect(takeToken('http://127.0.0.1:5173/index.html?token=abc')).toEqual({
      token: 'abc',
      cleanUrl: '/index.html',
    });
  });

  it('leaves a URL without a token unchanged', () => {
    expect(takeToken('http://127.0.0.1:5173/')).toEqual({ token: null, cleanUrl: 'http://127.0.0.1:5173/' });
  });
});

describe('file bytes', () => {
  it('strips the data URL prefix and decodes base64 back to the same bytes', () => {
    const b64 = dataUrlToBase64('data:text/plain;base64,5Zut5Yy6');
    expect(b64).toBe('5Zut5Yy6');
    expect(new TextDecoder().decode(base64ToBytes(b64))).toBe('园区');
  });
});
