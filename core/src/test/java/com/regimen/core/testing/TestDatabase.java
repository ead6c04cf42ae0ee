package com.regimen.core.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import com.regimen.core.database.DaosBuiltOnce;
import com.regimen.core.database.TransactionRetry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import javax.sql.DataSource;

/** One freshly migrated database on the test server, for one test class. */
public record TestDatabase(String url, String user, String password) {

    public DataSource dataSource() {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    public Jdbi jdbi() {
        return TransactionRetry.install(DaosBuiltOnce.install(Jdbi.create(dataSource()).installPlugin(new SqlObjectPlugin())));
    }

    /** A single number from SQL, for assertions on what was really written. */
    public long count(String sql, Object... arguments) {
        return jdbi().withHandle(handle -> {
            var query = handle.createQuery(sql);
            for (int i = 0; i < arguments.length; i++) {
                query.bind(i, arguments[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }
}
