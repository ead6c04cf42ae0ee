package com.regimen.web.http;

import com.google.common.net.InetAddresses;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.util.InetAddressSet;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The address a request came from, for per-address limits. Behind our own reverse proxy every
 * request arrives from the proxy, so one clinic's sign-ins would share one address with every
 * other's; when the connection comes from a configured trusted proxy, the client is the nearest
 * address in the configured header that is not itself a trusted proxy. Off by default: a header
 * from anyone else is ignored, or a client could name any address it liked.
 */
public final class ClientAddresses {
    private final InetAddressSet trusted = new InetAddressSet();
    private final String header;

    /** @param trustedProxies comma-separated addresses or CIDR ranges; blank for none */
    public ClientAddresses(String trustedProxies, String header) {
        if (trustedProxies != null) {
            Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(trusted::add);
        }
        this.header = header;
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = header == null || header.isBlank() ? null : request.getHeader(header);
        if (forwarded == null || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!InetAddresses.isInetAddress(hop)) {
                return peer; // a garbled header names no one; count the proxy rather than trust it
            }
            if (!isTrusted(hop)) {
                return InetAddresses.toAddrString(InetAddresses.forString(hop));
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty() || address == null || !InetAddresses.isInetAddress(address)) {
            return false;
        }
        InetAddress parsed = InetAddresses.forString(address);
        return trusted.test(parsed);
    }
}
