package org.arabicner.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped or aborted test with its reason on the console (Maven's quiet mode shows
 * only a count otherwise), e.g. the tests that need the shared corpora when they are absent.
 * Registered in {@code META-INF/services}.
 */
public final class SkipReporter implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.out.println("SKIPPED " + name(test) + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            System.out.println("SKIPPED " + name(test) + ": " + reason);
        }
    }

    private static String name(TestIdentifier test) {
        return test.getSource().map(s -> {
            if (s instanceof MethodSource m) {
                return m.getJavaClass().getSimpleName() + " " + test.getDisplayName();
            }
            return s instanceof ClassSource c ? c.getJavaClass().getSimpleName() : test.getDisplayName();
        }).orElse(test.getDisplayName());
    }
}
