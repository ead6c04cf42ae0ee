package com.regimen.core.tenancy;

import com.regimen.core.testing.DaoClasses;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when any DAO statement could read or write across tenants: every INSERT names
 * tenant_id, every other statement filters on it in WHERE, and every JOIN matches it.
 */
class TenantScopedSqlTest {
    /**
     * The statements that may look past one tenant, each for a reason: Stripe's dashboard-refund
     * events name only the connected account, so it is routed to its tenant by a lookup of its own;
     * platform jobs list tenant ids to visit each tenant in turn.
     */
    private static final Set<String> ALLOWED = Set.of(
            "StripeAccountRouteDao.tenantOf",
            "TenantDao.idsAfter",
            // The message dispatcher leases due messages of every tenant at once (one poll, not one per tenant).
            "MessageDao.claimDue", "MessageDao.claimed");

    @Test
    void everyDaoStatementIsScopedToOneTenant() throws Exception {
        List<Class<?>> daos = DaoClasses.inCore();
        assertThat(daos).as("DAOs found on the classpath").hasSizeGreaterThanOrEqualTo(7);
        List<String> violations = new ArrayList<>();
        int statements = 0;
        for (Class<?> dao : daos) {
            for (Method method : dao.getDeclaredMethods()) {
                String sql = sqlOf(method);
                if (sql != null && !ALLOWED.contains(dao.getSimpleName() + "." + method.getName())) {
                    statements++;
                    violations.addAll(violations(sql).stream()
                            .map(v -> dao.getSimpleName() + "." + method.getName() + ": " + v).toList());
                }
            }
        }
        assertThat(statements).isGreaterThan(15);
        assertThat(violations).isEmpty();
    }

    @Test
    void theRuleCatchesUnscopedStatements() {
        assertThat(violations("SELECT id FROM staff_users WHERE email = :email")).isNotEmpty();
        assertThat(violations("SELECT tenant_id, id FROM staff_users")).isNotEmpty();
        assertThat(violations("DELETE FROM api_keys WHERE id = :id")).isNotEmpty();
        assertThat(violations("INSERT INTO api_keys (id, name) VALUES (:id, :name)")).isNotEmpty();
        assertThat(violations("SELECT a.id FROM a JOIN b ON b.id = a.b_id WHERE a.tenant_id = :t")).isNotEmpty();
        assertThat(violations("SELECT a.id FROM a JOIN b ON b.tenant_id = a.tenant_id AND b.id = a.b_id "
                + "WHERE a.tenant_id = :t")).isEmpty();
    }

    static List<String> violations(String rawSql) {
        String sql = rawSql.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (sql.startsWith("insert")) {
            int values = sql.indexOf(" values ");
            String columns = values < 0 ? sql : sql.substring(0, values);
            if (!columns.contains("tenant_id")) {
                found.add("INSERT does not set tenant_id: " + rawSql);
            }
            return found;
        }
        int where = sql.indexOf(" where ");
        if (where < 0 || !Pattern.compile("\\btenant_id = :").matcher(sql.substring(where)).find()) {
            found.add("no tenant_id = :... filter in WHERE: " + rawSql);
        }
        Matcher join = Pattern.compile(" join (.+?) on (.+?)(?= join | where |$)").matcher(sql);
        while (join.find()) {
            if (!join.group(2).contains("tenant_id")) {
                found.add("JOIN " + join.group(1) + " does not match tenant_id: " + rawSql);
            }
        }
        return found;
    }

    private static String sqlOf(Method method) {
        if (method.isAnnotationPresent(SqlQuery.class)) {
            return method.getAnnotation(SqlQuery.class).value();
        }
        if (method.isAnnotationPresent(SqlUpdate.class)) {
            return method.getAnnotation(SqlUpdate.class).value();
        }
        if (method.isAnnotationPresent(SqlBatch.class)) {
            return method.getAnnotation(SqlBatch.class).value();
        }
        return null;
    }
}
