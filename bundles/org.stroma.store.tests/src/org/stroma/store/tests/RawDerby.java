package org.stroma.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Direct SQL on a closed study database, as someone tampering with its files would do. */
final class RawDerby {

    private RawDerby() {
    }

    static void execute(Path workspace, String sql) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(RawDerby.class).getBundleContext();
        Bundle derby = Arrays.stream(context.getBundles()).filter(b -> "derby".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        Driver driver = (Driver) derby.loadClass("org.apache.derby.iapi.jdbc.AutoloadedDriver")
                .getDeclaredConstructor().newInstance();
        String url = "jdbc:derby:" + workspace.resolve("database").toAbsolutePath();
        try (Connection connection = driver.connect(url, new Properties());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
        try {
            driver.connect(url + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQL state 08006).
        }
    }
}
