fn main() -> std::process::ExitCode {
    failnight_gateway::cli::main()
}
