package com.regimen.core.booking;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A practitioner or room taken from one instant to another: all the availability search needs of an appointment. */
public record BusyTime(String resourceId, Instant from, Instant to) {

    /** Read by hand: the search reads hundreds of these per request, and a reflective mapper cost more than the query. */
    public static final class Mapper implements RowMapper<BusyTime> {
        @Override
        public BusyTime map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new BusyTime(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant());
        }
    }
}
