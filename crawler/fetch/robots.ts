// robots.txt, fetched as ourselves. Crawlee's own loader sends a generated browser
// fingerprint and treats any failure as "allow everything"; RFC 9309 says a 4xx means no
// rules, but an unreachable or failing (5xx) robots.txt means "assume everything is
// disallowed" for now. Parsing and matching stay Crawlee's (RobotsTxtFile, robots-parser).
import { RobotsTxtFile } from 'crawlee';
import { assertPublicHost } from '../net/address-guard.ts';

const maxRobotsBytes = 500 * 1024; // RFC 9309: at least 500 KiB must be read

export async function loadRobotsTxt(url: string, options: { userAgent: string; allowPrivate: boolean; timeoutMs: number }): Promise<RobotsTxtFile> {
  const robotsUrl = new URL('/robots.txt', url).toString();
  await assertPublicHost(robotsUrl, options.allowPrivate);
  let response: Response;
  try {
    response = await fetch(robotsUrl, { headers: { 'user-agent': options.userAgent }, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
  } catch {
    return RobotsTxtFile.from(robotsUrl, 'User-agent: *\nDisallow: /\n');
  }
  if (response.status >= 400 && response.status < 500) return RobotsTxtFile.from(robotsUrl, '');
  if (!response.ok) return RobotsTxtFile.from(robotsUrl, 'User-agent: *\nDisallow: /\n');
  const text = Buffer.from(await response.arrayBuffer()).subarray(0, maxRobotsBytes).toString('utf8');
  return RobotsTxtFile.from(robotsUrl, text);
}
