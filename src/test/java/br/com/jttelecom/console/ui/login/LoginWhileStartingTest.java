package br.com.jttelecom.console.ui.login;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.fx.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login form is usable while the console still starts behind it: a sign-in asked for early
 * waits for the accounts (off the JavaFX thread), and a start that fails is explained in the form.
 */
class LoginWhileStartingTest {

    private static final String PREPARING = "Preparando o console… você entra assim que ele estiver pronto.";

    @TempDir
    Path dir;
    private Database database;
    private Accounts accounts;
    private ExecutorService executor;
    private final CompletableFuture<LoginViewModel.Backend> backend = new CompletableFuture<>();
    private final List<ConsoleUser> signedIn = new CopyOnWriteArrayList<>();
    private LoginViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session,
                AuditTrail.on(database.jdbi(), session, clock), clock);
        accounts.seedDemoUsers();
        executor = Executors.newVirtualThreadPerTaskExecutor();
        vm = onFx(() -> new LoginViewModel(backend, new FxTaskRunner(executor), Messages.portuguese(), signedIn::add));
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        database.close();
    }

    @Test
    void aSignInAskedForWhileTheConsoleStartsWaitsForItThenSignsIn() throws Exception {
        onFx(() -> {
            vm.usernameProperty().set("agente");
            vm.passwordProperty().set(DemoAccounts.AGENT);
            vm.signIn();
            return null;
        });
        assertThat(onFx(() -> vm.messageProperty().get())).isEqualTo(PREPARING);
        assertThat(onFx(() -> vm.busyProperty().get())).isTrue();
        assertThat(onFx(() -> vm.hintProperty().get())).isEmpty();
        assertThat(signedIn).as("no account to check against yet").isEmpty();

        backend.complete(new LoginViewModel.Backend(accounts, "contas de demonstração"));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !signedIn.isEmpty());
        assertThat(signedIn).extracting(ConsoleUser::login).containsExactly("agente");
        assertThat(onFx(() -> vm.hintProperty().get())).isEqualTo("contas de demonstração");
        assertThat(onFx(() -> vm.busyProperty().get())).isFalse();
    }

    @Test
    void aStartThatFailsIsExplainedAndTheFormNoLongerSignsIn() throws Exception {
        onFx(() -> {
            vm.usernameProperty().set("agente");
            vm.passwordProperty().set(DemoAccounts.AGENT);
            vm.signIn();
            return null;
        });

        backend.completeExceptionally(new IllegalStateException("o banco de dados está em uso"));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> vm.unavailableProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> vm.messageProperty().get()))
                .startsWith("O console não conseguiu iniciar: o banco de dados está em uso.");
        assertThat(onFx(() -> vm.busyProperty().get())).isFalse();
        assertThat(onFx(() -> vm.passwordProperty().get())).isEmpty();
        assertThat(onFx(() -> vm.usernameProperty().get())).as("what was typed stays").isEqualTo("agente");

        String explained = onFx(() -> vm.messageProperty().get());
        onFx(() -> {
            vm.passwordProperty().set(DemoAccounts.AGENT);
            vm.signIn();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> vm.messageProperty().get())).isEqualTo(explained);
        assertThat(signedIn).isEmpty();
    }

    /** The view-model lives on the JavaFX thread, as in the window. */
    private static <T> T onFx(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
