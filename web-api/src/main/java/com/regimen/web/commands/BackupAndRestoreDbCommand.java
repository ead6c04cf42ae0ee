package com.regimen.web.commands;

import com.regimen.core.database.BackupException;
import com.regimen.core.database.SchemaMigrator;
import com.regimen.web.config.RegimenConfiguration;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.migrations.DbCommand;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import net.sourceforge.argparse4j.inf.Subparsers;

/**
 * Dropwizard's {@code db} command (migrate, status, rollback, ...) with {@code db backup} and
 * {@code db restore} beside them. Dropwizard keeps its list of db subcommands private, so the two
 * are added to the parser here and answered before the Liquibase ones are.
 */
public final class BackupAndRestoreDbCommand extends DbCommand<RegimenConfiguration> {
    private static final String SUBCOMMAND = "subcommand";

    public BackupAndRestoreDbCommand() {
        super("db", RegimenConfiguration::getDataSourceFactory, RegimenConfiguration.class, SchemaMigrator.CHANGELOG);
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        Subparsers subcommands = subparser.addSubparsers();
        BackupCommand.configure(subcommands.addParser(BackupCommand.NAME).setDefault(SUBCOMMAND, BackupCommand.NAME));
        RestoreCommand.configure(subcommands.addParser(RestoreCommand.NAME).setDefault(SUBCOMMAND, RestoreCommand.NAME));
    }

    @Override
    protected void run(Bootstrap<RegimenConfiguration> bootstrap, Namespace namespace, RegimenConfiguration config)
            throws Exception {
        String subcommand = namespace.getString(SUBCOMMAND);
        try {
            if (BackupCommand.NAME.equals(subcommand)) {
                System.out.println(BackupCommand.run(namespace, config));
            } else if (RestoreCommand.NAME.equals(subcommand)) {
                System.out.println(RestoreCommand.run(namespace, config));
            } else {
                super.run(bootstrap, namespace, config);
            }
        } finally {
            config.getDatabaseLocator().stop();
        }
    }

    /** A backup or restore that cannot be done says why in one line, without a stack trace. */
    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        if (e instanceof BackupException) {
            cli.getStdErr().println("db " + namespace.getString(SUBCOMMAND) + ": " + e.getMessage());
        } else {
            super.onError(cli, namespace, e);
        }
    }
}
