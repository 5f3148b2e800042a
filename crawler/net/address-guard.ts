// Outlets are public web sites. A feed that points at 10.0.0.5 or 127.0.0.1 (by accident or on
// purpose) must not make the crawler reach into the machine's own network, so every host is
// resolved and each of its addresses checked before a request; only an outlet marked
// allowPrivate (the local fixture sites) may be fetched from such addresses.
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { PermanentFetchError } from '../fetch/errors.ts';

/** True for loopback, private, link-local, unique-local, carrier-grade NAT and other non-public ranges. */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() !== 'unicast';
}

/** Throws a PermanentFetchError when the URL's host is or resolves to a non-public address. */
export async function assertPublicHost(url: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const hostname = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (ipaddr.isValid(hostname)) {
    addresses = [hostname];
  } else {
    try {
      addresses = (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch (err) {
      throw new PermanentFetchError('dns', `cannot resolve ${hostname}: ${(err as Error).message}`);
    }
  }
  const refused = addresses.find(isPrivateAddress);
  if (refused) {
    throw new PermanentFetchError('private-address', `refused: ${hostname} resolves to non-public address ${refused} (outlet does not set allowPrivate)`);
  }
}
