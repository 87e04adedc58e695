package dev.pitchnight.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.pitchnight.i18n.Languages;
import dev.pitchnight.i18n.RequestLanguage;
import io.quarkus.arc.Arc;
import io.quarkus.oidc.OIDCException;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One place that turns failures into answers: {@code application/problem+json} under
 * {@code /api}, a friendly page everywhere else, with the same words. Unexpected failures are
 * logged with a reference the person can quote; nothing internal reaches them.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @Inject
    ObjectMapper json;

    @Inject
    SignInAvailability signIn;

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, UriInfo uri, RoutingContext routing) {
        if (isApi(uri)) {
            RefusalMessages words = refusalMessages();
            return Uni.createFrom().item(problem(uri, Response.Status.UNAUTHORIZED, words.not_signed_in_title(),
                            words.not_signed_in(), null)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pitchnight\"").build());
        }
        // Pages: let the sign-in mechanism answer, which sends the browser to Keycloak, unless
        // Keycloak is away: then say so on our own page rather than leave the browser at a dead end.
        return Uni.createFrom().item(signIn::reachable)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(reachable -> reachable ? new UnauthorizedExceptionMapper().handle(routing)
                        : Uni.createFrom().item(signInUnavailablePage(uri)));
    }

    private Response signInUnavailablePage(UriInfo uri) {
        AppMessages msg = messages();
        return answerBuilder(uri, Response.Status.SERVICE_UNAVAILABLE, msg.error_signin_unavailable_title(),
                msg.error_signin_unavailable_detail(), null)
                .header(HttpHeaders.RETRY_AFTER, "30").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ApiAuthenticationFailures.response(uri.getPath(), json, language());
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal, UriInfo uri) {
        Locale language = language();
        Response.ResponseBuilder answer = answerBuilder(uri, refusal.status(), refusal.title(language),
                refusal.detail(language), refusal.fieldErrors(language));
        if (refusal.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Refusal.seconds(refusal.retryAfter()));
        }
        return answer.build();
    }

    /** Unreadable JSON, a field of the wrong type or an unknown field: say which, write nothing. */
    @ServerExceptionMapper({JsonProcessingException.class, StreamReadException.class, JsonParseException.class,
            JsonEOFException.class, InputCoercionException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        RefusalMessages words = refusalMessages();
        String detail;
        Map<String, String> errors = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("body");
            String problem = e instanceof UnrecognizedPropertyException ? words.json_unknown_field()
                    : words.json_wrong_type();
            detail = field + ": " + problem + ".";
            errors = Map.of(field, problem);
        } else if (e instanceof InputCoercionException) {
            detail = words.json_number_out_of_range();
        } else if (e instanceof StreamReadException) {
            detail = words.json_invalid();
        } else {
            detail = words.json_wrong_shape();
        }
        return answer(uri, Response.Status.BAD_REQUEST, words.invalid_input_title(), detail, errors);
    }

    /** The database could not finish the work (down, overloaded): try again, nothing was acknowledged. */
    @ServerExceptionMapper
    public Response busy(ServiceBusy e, UriInfo uri) {
        LOG.warnf("Service busy on %s: %s", uri.getPath(), rootMessage(e));
        return answerBuilder(uri, Response.Status.SERVICE_UNAVAILABLE, messages().error_503_title(), e.detail(language()), null)
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    /** Keycloak is away: a token cannot be checked right now, which is not the caller's fault. */
    @ServerExceptionMapper
    public Response signInUnavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("Keycloak unavailable on %s: %s", uri.getPath(), e.getMessage());
        AppMessages msg = messages();
        return answerBuilder(uri, Response.Status.SERVICE_UNAVAILABLE, msg.error_signin_unavailable_title(),
                msg.error_signin_unavailable_detail(), null)
                .header(HttpHeaders.RETRY_AFTER, "10").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        AppMessages msg = messages();
        return answer(uri, Response.Status.FORBIDDEN, msg.error_403_title(), msg.error_403_detail(), null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        RefusalMessages words = refusalMessages();
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.merge(field(violation), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        String detail = errors.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .reduce((a, b) -> a + ", " + b).orElse(words.request_invalid());
        return answer(uri, Response.Status.BAD_REQUEST, words.invalid_input_title(), detail, errors);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        AppMessages msg = messages();
        if (status.getStatusCode() == 404) {
            return answer(uri, Response.Status.NOT_FOUND, msg.error_404_title(),
                    isApi(uri) ? refusalMessages().nothing_at(uri.getPath()) : msg.error_404_detail(), null);
        }
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? status.getReasonPhrase() : e.getMessage();
        return answer(uri, status, msg.error_generic_title(), detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (ServiceBusy.isDatabaseUnavailable(e)) {
            return busy(new ServiceBusy(messages().error_503_detail(), e), uri);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected failure on %s (reference %s)", uri.getPath(), reference);
        AppMessages msg = messages();
        return answer(uri, Response.Status.INTERNAL_SERVER_ERROR, msg.error_500_title(),
                msg.error_500_detail(reference), null);
    }

    private Response answer(UriInfo uri, Response.StatusType status, String title, String detail,
                            Map<String, String> errors) {
        return answerBuilder(uri, status, title, detail, errors).build();
    }

    private Response.ResponseBuilder answerBuilder(UriInfo uri, Response.StatusType status, String title, String detail,
                                                   Map<String, String> errors) {
        if (isApi(uri)) {
            return problem(uri, status, title, detail, errors);
        }
        String html = ErrorPages.Templates.error(status.getStatusCode(), title, detail).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html);
    }

    private Response.ResponseBuilder problem(UriInfo uri, Response.StatusType status, String title, String detail,
                                             Map<String, String> errors) {
        return new Problem("about:blank", title, status.getStatusCode(), detail, uri.getPath(),
                errors == null || errors.isEmpty() ? null : errors).toResponse(json);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static boolean isApi(UriInfo uri) {
        return isApiPath(uri.getPath());
    }

    static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** "guests" rather than "rsvp.arg1.guests": the name the client sent. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts[parts.length - 1];
    }

    /** In the request's language, so that a German visitor's error page is German too. */
    private static AppMessages messages() {
        return Refusal.messages(AppMessages.class, language());
    }

    private static RefusalMessages refusalMessages() {
        return Refusal.messages(RefusalMessages.class, language());
    }

    /** The request's language (the switch's cookie, else Accept-Language); English outside a request. */
    private static Locale language() {
        if (Arc.container().requestContext().isActive()) {
            return Arc.container().instance(RequestLanguage.class).get().locale();
        }
        return Languages.ENGLISH;
    }
}
