package org.stroma.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Direct SQL on a closed study database, as someone tampering with its files would do. */
final class RawDerby {

    private RawDerby() {
    }

    /** Someone with the database key: the files alone are encrypted. */
    private static Properties withKey() {
        Properties properties = new Properties();
        properties.setProperty("bootPassword", "stroma-demo-key");
        return properties;
    }

    static void execute(Path workspace, String... sql) throws Exception {
        Driver driver = driver();
        String url = "jdbc:derby:" + workspace.resolve("database").toAbsolutePath();
        try (Connection connection = driver.connect(url, withKey());
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.executeUpdate(each);
            }
        }
        shutdown(driver, url);
    }

    /** The first column of every row {@code sql} selects, as text. */
    static List<String> query(Path workspace, String sql) throws Exception {
        Driver driver = driver();
        String url = "jdbc:derby:" + workspace.resolve("database").toAbsolutePath();
        List<String> values = new ArrayList<>();
        try (Connection connection = driver.connect(url, withKey());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        shutdown(driver, url);
        return values;
    }

    /** The first column of every row {@code sql} selects, as bytes (for BLOB columns). */
    static List<byte[]> bytes(Path workspace, String sql) throws Exception {
        Driver driver = driver();
        String url = "jdbc:derby:" + workspace.resolve("database").toAbsolutePath();
        List<byte[]> values = new ArrayList<>();
        try (Connection connection = driver.connect(url, withKey());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getBytes(1));
            }
        }
        shutdown(driver, url);
        return values;
    }

    private static Driver driver() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(RawDerby.class).getBundleContext();
        Bundle derby = Arrays.stream(context.getBundles()).filter(b -> "derby".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        return (Driver) derby.loadClass("org.apache.derby.iapi.jdbc.AutoloadedDriver")
                .getDeclaredConstructor().newInstance();
    }

    private static void shutdown(Driver driver, String url) {
        try {
            driver.connect(url + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (SQL state 08006).
        }
    }
}
