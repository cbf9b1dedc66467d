/**
 * The skill runtime: {@link dev.kei.engine.SkillRunner} moves a run through a skill's steps, {@link
 * dev.kei.engine.Session} drives it over a transport, {@link dev.kei.engine.State} and {@link
 * dev.kei.engine.StateStore} keep it between calls, and the extension points ({@link dev.kei.engine.Generator},
 * {@link dev.kei.engine.ModelProposals}) let skills and bridges plug in. How a run starts is the run API's room:
 * every transport hands a {@link dev.kei.engine.RunRequest} to {@link dev.kei.engine.Runs#prepare} and runs the
 * {@link dev.kei.engine.PreparedRun} it gets, so the resume checks, intake and clock rules live here once.
 */
package dev.kei.engine;
