package org.menagerie;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test (class or method) that reads the third-party datasets of {@link SharedData}. It carries the JUnit tag
 * {@value #TAG}: the build runs it only in the Maven profile {@code datasets}, active when {@code ../shared/data} is
 * there (and always in CI, where a missing file fails it).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(NeedsSharedData.TAG)
public @interface NeedsSharedData {
    String TAG = "datasets";
}
