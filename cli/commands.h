// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

class CommandRegistry;

// Each area registers its subcommands here; CommandLine calls them all, in help order.
void registerCarrierCommands(CommandRegistry &registry);
void registerRoutingCommands(CommandRegistry &registry);
void registerSendCommands(CommandRegistry &registry);
void registerCampaignCommands(CommandRegistry &registry);
void registerOptOutCommands(CommandRegistry &registry);
void registerInboxCommands(CommandRegistry &registry);
void registerStoreCommands(CommandRegistry &registry);
