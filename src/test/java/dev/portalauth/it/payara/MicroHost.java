package dev.portalauth.it.payara;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The main class of the Payara Micro process that {@link MicroHostContainer} starts once per
 * failsafe fork: boots Payara Micro with the options it is given, then deploys and undeploys WARs
 * as told on standard input, one command a line ({@code deploy <war file>}, {@code undeploy <name>}),
 * and answers each on standard output with a line that starts {@link #ANSWER}. Standard input
 * closing (the tests' JVM gone) stops the server.
 *
 * <p>This class alone joins {@code payara-micro.jar} on the server's class path, so it uses only
 * the JDK, and Payara Micro's API by reflection: the tests' classes stay out of the WARs' way.
 */
public final class MicroHost {

    /** Starts every line of the host's own output; anything else on standard output is the server's. */
    static final String ANSWER = "micro-host: ";
    static final String READY = "ready";
    static final String OK = "ok";

    private final Object runtime;
    private final Class<?> api;

    private MicroHost(Object runtime, Class<?> api) {
        this.runtime = runtime;
        this.api = api;
    }

    public static void main(String[] options) throws Exception {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // The server's console copy of its log goes where the host's answers are not read.
        System.setOut(System.err);
        MicroHost host;
        try {
            Class<?> launcher = Class.forName("fish.payara.micro.boot.PayaraMicroLauncher");
            Object boot = launcher.getMethod("create", String[].class).invoke(null, (Object) options);
            Object runtime = Class.forName("fish.payara.micro.boot.PayaraMicroBoot").getMethod("getRuntime").invoke(boot);
            host = new MicroHost(runtime, Class.forName("fish.payara.micro.PayaraMicroRuntime"));
        } catch (ReflectiveOperationException e) {
            answers.println(ANSWER + "Payara Micro did not start: " + cause(e));
            System.exit(1);
            return;
        }
        answers.println(ANSWER + READY);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command; (command = commands.readLine()) != null; ) {
            answers.println(ANSWER + host.execute(command));
        }
        host.api.getMethod("shutdown").invoke(host.runtime);
        System.exit(0);
    }

    /** Deploys a WAR under its file name (context root {@code /} for {@code ROOT.war}), or undeploys one by name. */
    private String execute(String command) {
        try {
            if (command.startsWith("deploy ")) {
                File war = new File(command.substring("deploy ".length()));
                String name = war.getName().replaceFirst("\\.war$", "");
                // A WAR a failed class left behind gives way: a context root holds one application.
                if (deployed(name)) {
                    api.getMethod("undeploy", String.class).invoke(runtime, name);
                }
                Method deploy = api.getMethod("deploy", String.class, String.class, File.class);
                deploy.invoke(runtime, name, name.equals("ROOT") ? "/" : "/" + name, war);
                // deploy() says true for an application that failed to start: ask what runs.
                return deployed(name) ? OK : "Payara Micro did not deploy " + war.getName() + " (its log says why)";
            }
            if (command.startsWith("undeploy ")) {
                api.getMethod("undeploy", String.class).invoke(runtime, command.substring("undeploy ".length()));
                return OK;
            }
            return "unknown command: " + command;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return cause(e);
        }
    }

    private boolean deployed(String name) throws ReflectiveOperationException {
        return ((Collection<?>) api.getMethod("getDeployedApplicationNames").invoke(runtime)).contains(name);
    }

    private static String cause(Exception e) {
        Throwable cause = e instanceof InvocationTargetException invoked ? invoked.getCause() : e;
        return String.valueOf(cause).replace('\n', ' ');
    }
}
