package org.geofacts.replica;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;

/**
 * The connections behind each {@link ReadRouting} choice: the primary's pool, or for public reads
 * the replica's while {@link ReadReplica#usable()}. A replica connection is checked as it is
 * taken, so a replica that has just stopped costs the read a fall back to the primary, not an error.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReadConnections implements TenantConnectionResolver {

    private static final int VALID_WITHIN_SECONDS = 1;

    private final ReadReplica replica;

    ReadConnections(ReadReplica replica) {
        this.replica = replica;
    }

    @Override
    public ConnectionProvider resolve(String tenant) {
        return ReadRouting.PUBLIC_READS.equals(tenant) ? new PublicReads(replica) : new QuarkusConnectionProvider(replica.primaryDataSource());
    }

    private static final class PublicReads extends QuarkusConnectionProvider {

        private final ReadReplica replica;

        PublicReads(ReadReplica replica) {
            super(replica.primaryDataSource());
            this.replica = replica;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (replica.usable()) {
                AgroalDataSource replicas = replica.replicaDataSource().orElseThrow();
                Connection connection = null;
                try {
                    connection = replicas.getConnection();
                    if (connection.isValid(VALID_WITHIN_SECONDS)) {
                        replica.countRead(true);
                        return connection;
                    }
                    throw new SQLException("read replica connection is not valid", "08006");
                } catch (SQLException e) {
                    if (connection != null) {
                        connection.close();
                    }
                    replica.unreachable(e);
                }
            }
            replica.countRead(false);
            return super.getConnection();
        }
    }
}
