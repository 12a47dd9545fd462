package br.com.jttelecom.console.sim;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * 200 Brazilian leads generated from a seed: valid mobile numbers (DDD + 9 + 8 digits, starting
 * 9[6-9]) and landlines (DDD + [2-5] + 7 digits) with real DDDs, each number unique.
 */
public final class DemoLeads {

    public static final int COUNT = 200;

    private DemoLeads() {
    }

    public static List<DemoLead> generate(long seed) {
        Random r = new Random(seed ^ 0x1EAD5L);
        List<DemoLead> leads = new ArrayList<>(COUNT);
        Set<String> phones = new HashSet<>();
        while (leads.size() < COUNT) {
            String first = pick(r, BrazilianNames.FIRST);
            String last = pick(r, BrazilianNames.LAST);
            String[] ddd = BrazilianNames.DDD_CITIES.get(r.nextInt(BrazilianNames.DDD_CITIES.size()));
            String phone = r.nextDouble() < 0.7 ? mobile(r, ddd[0]) : landline(r, ddd[0]);
            if (!phones.add(phone)) {
                continue;
            }
            String brand = pick(r, BrazilianNames.BUSINESS) + " " + pick(r, BrazilianNames.BUSINESS_NAME);
            String company = brand + " " + pick(r, BrazilianNames.SUFFIX);
            String email = ascii(first) + "." + ascii(last) + "@" + ascii(brand).replace(".", "") + ".com.br";
            leads.add(new DemoLead(first + " " + last, company, phone, email, ddd[1]));
        }
        return List.copyOf(leads);
    }

    private static String mobile(Random r, String ddd) {
        String n = "9" + (6 + r.nextInt(4)) + String.format("%03d", r.nextInt(1000));
        String tail = String.format("%04d", r.nextInt(10000));
        return "(" + ddd + ") " + n + "-" + tail;
    }

    private static String landline(Random r, String ddd) {
        String n = (2 + r.nextInt(4)) + String.format("%03d", r.nextInt(1000));
        String tail = String.format("%04d", r.nextInt(10000));
        return "(" + ddd + ") " + n + "-" + tail;
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
