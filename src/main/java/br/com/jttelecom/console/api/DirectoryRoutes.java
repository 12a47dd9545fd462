package br.com.jttelecom.console.api;

import br.com.jttelecom.console.model.Did;
import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.service.directory.DidAdmin;
import br.com.jttelecom.console.service.directory.DidForm;
import br.com.jttelecom.console.service.directory.Directory;
import br.com.jttelecom.console.service.directory.ExtensionForm;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.Permissions;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Extensions (ramais) and DIDs, through the same {@link Directory} and {@link DidAdmin} as the
 * admin pages: anyone signed in may list; the services refuse changes to an agent (403) and
 * validate the form (400), and write the audit trail.
 */
final class DirectoryRoutes {

    private static final String EXT = "/api/telephony/extensions";
    private static final String DIDS = "/api/telephony/dids";
    private final ApiServices services;

    DirectoryRoutes(ApiServices services) {
        this.services = services;
    }

    void register(ApiServer server) {
        server.secured(HandlerType.GET, EXT, ApiServer.ANY_ROLE,
                ctx -> ctx.json(Map.of("data", directory().listExtensions().stream().map(DirectoryRoutes::ext).toList())));
        server.secured(HandlerType.POST, EXT, ApiServer.ANY_ROLE, ctx -> {
            String id = directory().createExtension(extensionForm(ctx), null);
            ctx.status(201).json(Map.of("id", id == null ? "" : id));
        });
        server.secured(HandlerType.PUT, EXT + "/{id}", ApiServer.ANY_ROLE, ctx -> {
            directory().updateExtension(ctx.pathParam("id"), extensionForm(ctx), null);
            ctx.json(Map.of("id", ctx.pathParam("id")));
        });
        server.secured(HandlerType.DELETE, EXT + "/{id}", ApiServer.ANY_ROLE, ctx -> {
            // The permission is checked before looking the number up, so an agent learns nothing of the list.
            Permissions.require(services.session(), Permission.CHANGE_EXTENSIONS);
            String id = ctx.pathParam("id");
            Extension found = directory().listExtensions().stream().filter(e -> id.equals(e.pbxId())).findFirst()
                    .orElseThrow(() -> notFound());
            directory().deleteExtension(id, found.number());
            ctx.status(204);
        });
        server.secured(HandlerType.GET, DIDS, ApiServer.ANY_ROLE,
                ctx -> ctx.json(Map.of("data", dids().list().stream().map(DirectoryRoutes::did).toList())));
        server.secured(HandlerType.POST, DIDS, ApiServer.ANY_ROLE, ctx -> {
            String id = dids().create(didForm(ctx));
            ctx.status(201).json(Map.of("id", id == null ? "" : id));
        });
        server.secured(HandlerType.PUT, DIDS + "/{id}", ApiServer.ANY_ROLE, ctx -> {
            dids().update(ctx.pathParam("id"), didForm(ctx));
            ctx.json(Map.of("id", ctx.pathParam("id")));
        });
        server.secured(HandlerType.DELETE, DIDS + "/{id}", ApiServer.ANY_ROLE, ctx -> {
            Permissions.require(services.session(), Permission.CHANGE_DIDS);
            String id = ctx.pathParam("id");
            DidAdmin.Routed found = dids().list().stream().filter(r -> id.equals(r.did().pbxId())).findFirst()
                    .orElseThrow(() -> notFound());
            dids().delete(id, found.did().number());
            ctx.status(204);
        });
    }

    private ExtensionForm extensionForm(Context ctx) {
        return DirectoryBodies.extension(JsonBodies.object(ctx, services.messages()), services.messages());
    }

    private DidForm didForm(Context ctx) {
        return DirectoryBodies.did(JsonBodies.object(ctx, services.messages()));
    }

    private Directory directory() {
        return services.directory().orElseThrow(this::unavailable);
    }

    private DidAdmin dids() {
        return services.dids().orElseThrow(this::unavailable);
    }

    private ApiException unavailable() {
        return new ApiException(503, "pbx_unavailable", services.messages().get("api.error.pbxUnavailable"));
    }

    private ApiException notFound() {
        return new ApiException(404, "not_found", services.messages().get("api.error.notFound"));
    }

    private static Map<String, Object> ext(Extension e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.pbxId());
        m.put("number", e.number());
        m.put("name", e.name());
        m.put("external_caller_id", e.externalCallerId());
        m.put("area_code", e.areaCode());
        m.put("records_calls", e.recordsCalls());
        m.put("blocked", e.blocked());
        return m;
    }

    private static Map<String, Object> did(DidAdmin.Routed r) {
        Did d = r.did();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.pbxId());
        m.put("number", d.number());
        m.put("points_to", d.pointsTo());
        m.put("destination", d.destination());
        m.put("route", r.route());
        m.put("records_calls", d.recordsCalls());
        m.put("max_concurrent_calls", d.maxConcurrentCalls());
        return m;
    }
}
