package satlab.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An authorized_keys {@code from="..."} pattern list, matched against the client's address only:
 * comma-separated patterns, each an address with {@code *} and {@code ?} wildcards or a CIDR block
 * ({@code 10.0.0.0/8}, {@code fd00::/8}), optionally preceded by {@code !}. As in OpenSSH, an
 * address matching any negated pattern is refused, otherwise it must match a positive one.
 *
 * @param problem why the list cannot be used, or null
 * @param hostNames patterns that name hosts, which are never looked up and so never match
 */
record AddressPatterns(List<Rule> rules, List<String> hostNames, String problem) {
    private static final Pattern WILDCARD = Pattern.compile("[0-9A-Fa-f:.*?]*[*?][0-9A-Fa-f:.*?]*");
    /** Literal addresses only, so that nothing here ever asks DNS. */
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    record Rule(boolean negated, String wildcard, byte[] network, int prefix) {
        boolean matches(InetAddress address) {
            if (wildcard != null) return wildcardMatches(wildcard, address.getHostAddress());
            byte[] a = address.getAddress();
            if (a.length != network.length) return false;
            int bits = prefix;
            for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((a[i] & mask) != (network[i] & mask)) return false;
            }
            return true;
        }
    }

    static AddressPatterns parse(String list) {
        List<Rule> rules = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String raw : list.split(",")) {
            String p = raw.strip();
            boolean negated = p.startsWith("!");
            if (negated) p = p.substring(1);
            if (p.isEmpty()) return new AddressPatterns(List.of(), List.of(), "an empty pattern");
            int slash = p.indexOf('/');
            if (slash >= 0) {
                byte[] network;
                int prefix;
                try {
                    if (!LITERAL.matcher(p.substring(0, slash)).matches()) throw new UnknownHostException();
                    network = InetAddress.getByName(p.substring(0, slash)).getAddress();
                    prefix = Integer.parseInt(p.substring(slash + 1));
                } catch (UnknownHostException | NumberFormatException e) {
                    return new AddressPatterns(List.of(), List.of(), "'" + p + "' is not an address block like 10.0.0.0/8");
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    return new AddressPatterns(List.of(), List.of(), "'" + p + "' has a prefix length out of range");
                }
                rules.add(new Rule(negated, null, network, prefix));
            } else if (WILDCARD.matcher(p).matches()) {
                rules.add(new Rule(negated, p, null, 0));
            } else if (!LITERAL.matcher(p).matches()) {
                hosts.add(p);
            } else {
                try {
                    byte[] exact = InetAddress.getByName(p).getAddress();
                    rules.add(new Rule(negated, null, exact, exact.length * 8));
                } catch (UnknownHostException e) {
                    return new AddressPatterns(List.of(), List.of(), "'" + p + "' is not an address");
                }
            }
        }
        return new AddressPatterns(List.copyOf(rules), List.copyOf(hosts), null);
    }

    boolean matches(InetAddress address) {
        boolean allowed = false;
        for (Rule r : rules) {
            if (!r.matches(address)) continue;
            if (r.negated()) return false;
            allowed = true;
        }
        return allowed;
    }

    /** OpenSSH's match_pattern: {@code *} any run, {@code ?} any one character, case-insensitive. */
    static boolean wildcardMatches(String pattern, String text) {
        return wildcardMatches(pattern.toLowerCase(), 0, text.toLowerCase(), 0);
    }

    private static boolean wildcardMatches(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = ti; k <= t.length(); k++) {
                    if (wildcardMatches(p, pi + 1, t, k)) return true;
                }
                return false;
            }
            if (ti >= t.length() || c != '?' && c != t.charAt(ti)) return false;
            pi++;
            ti++;
        }
        return ti == t.length();
    }
}
