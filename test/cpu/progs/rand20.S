	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 80(x30)
	ld x3, 176(x30)
	ld x4, 96(x30)
	ld x5, 56(x30)
	ld x6, 8(x30)
	ld x7, 128(x30)
	ld x8, 16(x30)
	ld x9, 80(x30)
	ld x10, 112(x30)
	ld x11, 24(x30)
	ld x12, 8(x30)
	ld x13, 112(x30)
	ld x14, 120(x30)
	ld x15, 88(x30)
	ld x16, 184(x30)
	ld x17, 184(x30)
	ld x18, 152(x30)
	ld x19, 88(x30)
	ld x20, 40(x30)
	ld x21, 16(x30)
	ld x22, 8(x30)
	ld x23, 80(x30)
	ld x24, 16(x30)
	ld x25, 96(x30)
	ld x26, 0(x30)
	ld x27, 192(x30)
	ld x28, 192(x30)
	ld x29, 80(x30)
	ld x30, 64(x30)
	la x30, dvals
	fld f0, 80(x30)
	fld f1, 144(x30)
	flw f2, 296(x30)
	fld f3, 8(x30)
	fld f4, 248(x30)
	fld f5, 24(x30)
	fld f6, 64(x30)
	flw f7, 280(x30)
	fld f8, 136(x30)
	fld f9, 32(x30)
	fld f10, 16(x30)
	fld f11, 48(x30)
	fld f12, 24(x30)
	fld f13, 144(x30)
	fld f14, 0(x30)
	flw f15, 348(x30)
	fld f16, 40(x30)
	fld f17, 176(x30)
	flw f18, 384(x30)
	fld f19, 240(x30)
	fld f20, 88(x30)
	fld f21, 8(x30)
	flw f22, 320(x30)
	fld f23, 40(x30)
	flw f24, 388(x30)
	flw f25, 352(x30)
	fld f26, 184(x30)
	fld f27, 200(x30)
	fld f28, 208(x30)
	fld f29, 356(x30)
	flw f30, 356(x30)
	fld f31, 368(x30)
	jal x19, 1f
	sub x15, x6, x7
1:
	divw x7, x23, x16
	la x30, dvals
	flw f6, 652(x30)
	la x30, dvals
	flw f20, 664(x30)
	fdiv.s f29, f6, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	fsw f16, 388(x31)
	jal x13, 1f
	xor x17, x4, x21
1:
	srl x22, x8, x21
	la x30, dvals
	flw f11, 644(x30)
	la x30, dvals
	flw f22, 364(x30)
	fsgnjx.s f11, f11, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	c.j 1f
	xor x14, x18, x26
1:
	la x30, dvals
	flw f20, 684(x30)
	la x30, dvals
	flw f19, 628(x30)
	fmul.s f8, f20, f19, rmm
	sh x4, 1262(x31)
	la x30, dvals
	fld f20, 176(x30)
	la x30, dvals
	fld f30, 576(x30)
	fadd.d f9, f20, f30, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	remuw x0, x29, x15
	mul x14, x24, x0
	sd x28, 440(x31)
	la x30, dvals
	flw f19, 300(x30)
	fle.s x8, f19, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	la x30, dvals
	flw f10, 596(x30)
	la x30, dvals
	flw f31, 680(x30)
	fmadd.s f4, f6, f10, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	sh x19, 1858(x31)
	srli x10, x15, 32
	sraiw x14, x29, 22
	fsqrt.s f18, f7, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	mulhsu x17, x6, x7
	sraw x28, x12, x0
	la x30, dvals
	fld f14, 432(x30)
	la x30, dvals
	fld f5, 464(x30)
	fmul.d f0, f14, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	la x30, dvals
	fld f23, 456(x30)
	la x30, dvals
	fld f30, 448(x30)
	fmul.d f11, f23, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	la x30, dvals
	flw f24, 380(x30)
	fdiv.s f20, f15, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	fld f25, 1536(x31)
	fcvt.wu.s x23, f10, rup
	fsw f1, 708(x31)
	sllw x23, x7, x8
	addw x28, x17, x5
	la x30, dvals
	fld f1, 472(x30)
	fnmadd.d f4, f29, f23, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	addi x7, x16, 2047
	la x30, dvals
	fld f31, 248(x30)
	fmul.d f22, f24, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	jal x14, 1f
	srl x9, x15, x18
1:
	la x30, dvals
	flw f3, 308(x30)
	fmul.s f10, f23, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	or x23, x14, x5
	andi x4, x15, -2
	sltiu x26, x4, 32
	mv x14, x31
	c.fsd f13, 128(x14)
	la x30, dvals
	flw f20, 364(x30)
	la x30, dvals
	flw f29, 280(x30)
	feq.s x10, f20, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	srl x28, x5, x17
	ld x5, 1195(x2)
	sraw x19, x16, x8
	sllw x8, x21, x22
	fmadd.s f5, f2, f27, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	c.bnez x9, 1f
	sraw x26, x10, x28
1:
	remu x21, x17, x8
	sra x0, x14, x25
	la x30, dvals
	flw f16, 376(x30)
	fnmsub.s f1, f14, f16, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	c.li x12, -26
	c.lui x12, 25
	sub x4, x12, x6
	la x30, dvals
	fld f27, 512(x30)
	fdiv.d f5, f27, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	mv x15, x31
	c.fld f8, 248(x15)
	la x30, dvals
	flw f7, 636(x30)
	fsub.s f4, f7, f28, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	xori x23, x10, -1
	la x30, dvals
	fld f22, 272(x30)
	la x30, dvals
	fld f17, 240(x30)
	la x30, dvals
	fld f31, 512(x30)
	fnmadd.d f28, f22, f17, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	divuw x11, x25, x20
	mulhsu x18, x11, x0
	sub x28, x4, x17
	la x30, dvals
	fld f6, 216(x30)
	fadd.d f16, f15, f6, rne
	ld x15, 1232(x2)
	srli x4, x7, 1
	slliw x19, x0, 0
	fclass.d x0, f14
	la x30, dvals
	fld f3, 144(x30)
	la x30, dvals
	fld f1, 528(x30)
	fsgnj.d f6, f3, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	addiw x27, x9, 0
	srai x19, x22, 63
	slliw x3, x21, 1
	la x30, dvals
	fld f27, 536(x30)
	fmul.d f0, f27, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	andi x9, x24, 0
	la x30, 1f
	jalr x26, 0(x30)
	slt x8, x4, x5
1:
	mv x14, x31
	c.ld x13, 128(x14)
	lh x23, 328(x2)
	la x30, dvals
	flw f11, 380(x30)
	fsub.s f25, f14, f11, rup
	la x30, dvals
	flw f24, 372(x30)
	fsqrt.s f26, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	mv x8, x31
	c.ld x13, 152(x8)
	la x30, dvals
	flw f12, 600(x30)
	la x30, dvals
	flw f27, 312(x30)
	fdiv.s f7, f12, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	bgeu x28, x8, 1f
	and x14, x12, x4
1:
	auipc x22, 719790
	remuw x12, x0, x6
	la x30, dvals
	flw f20, 672(x30)
	fsub.s f18, f29, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	fcvt.l.d x11, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	c.addi4spn x14, sp, 288
	and x11, x15, x13
	remuw x29, x21, x19
	sltiu x29, x1, 2047
	blt x11, x23, 1f
	sraw x11, x8, x11
1:
	srlw x8, x12, x10
	la x30, dvals
	fld f23, 104(x30)
	la x30, dvals
	fld f28, 192(x30)
	fadd.d f25, f23, f28, rdn
	mv x14, x31
	c.ld x9, 96(x14)
	mv x15, x31
	c.fsd f9, 104(x15)
	la x30, 1f
	c.jr x30
	sllw x26, x15, x21
1:
	la x30, dvals
	flw f18, 340(x30)
	fsub.s f9, f18, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	bne x0, x8, 1f
	subw x29, x27, x13
	xor x5, x4, x20
1:
	la x30, dvals
	flw f7, 340(x30)
	fsgnjx.s f21, f21, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	remuw x28, x25, x0
	srli x25, x25, 33
	slliw x27, x21, 26
	fcvt.l.s x10, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	sltu x4, x29, x3
	bne x14, x21, 1f
	slt x8, x25, x16
1:
	la x30, dvals
	flw f28, 364(x30)
	fmul.s f7, f12, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	andi x14, x8, -2048
	remuw x20, x0, x3
	fmul.s f8, f9, f28, dyn
	la x30, dvals
	fld f13, 96(x30)
	fmul.d f19, f21, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	lwu x1, 1232(x2)
	la x30, dvals
	flw f3, 604(x30)
	la x30, dvals
	flw f15, 292(x30)
	fadd.s f21, f3, f15, rne
	la x30, dvals
	flw f20, 296(x30)
	la x30, dvals
	flw f3, 304(x30)
	fle.s x19, f20, f3
	sltiu x17, x14, 2047
	addw x11, x7, x26
	lh x12, 848(x2)
	c.addi16sp sp, 240
	c.sdsp x4, 32(sp)
	mv sp, x31
	lwu x28, 1156(x2)
	addi x30, x31, 344
	amomax.d.rl x24, x8, (x30)
	c.lwsp x10, 140(sp)
	c.ldsp x9, 16(sp)
	la x30, dvals
	flw f23, 376(x30)
	la x30, dvals
	flw f27, 328(x30)
	fdiv.s f10, f23, f27, rne
	c.addi4spn x9, sp, 368
	or x7, x10, x10
	c.addi x15, 1
	c.addiw x15, -1
	lhu x29, 1504(x2)
	la x30, dvals
	flw f5, 604(x30)
	fdiv.s f13, f2, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	c.slli x10, 10
	fmv.d.x f16, x4
	fcvt.d.l f18, x10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	fsw f25, 1700(x31)
	subw x28, x22, x9
	ld x6, 192(x31)
	sll x21, x1, x10
	lw x13, 2024(x31)
	la x30, dvals
	fld f3, 128(x30)
	la x30, dvals
	fld f10, 80(x30)
	fmsub.d f17, f3, f10, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	la x30, dvals
	fld f6, 536(x30)
	fsqrt.d f8, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	xori x11, x14, -539
	c.lwsp x4, 156(sp)
	c.ldsp x8, 48(sp)
	srai x26, x3, 1
	slliw x22, x28, 31
	la x30, dvals
	flw f15, 608(x30)
	la x30, dvals
	flw f5, 656(x30)
	fsgnjn.s f13, f15, f5
	divuw x27, x0, x14
	fcvt.wu.s x19, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	lui x1, 1048575
	la x30, dvals
	fld f4, 424(x30)
	la x30, dvals
	fld f9, 168(x30)
	fmul.d f21, f4, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	srli x21, x3, 33
	srliw x22, x23, 0
	xor x19, x0, x27
	sraw x18, x21, x12
	fsub.d f24, f12, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	sub x16, x18, x22
	sra x25, x23, x9
	lbu x17, 766(x31)
	lbu x19, 1253(x2)
	la x30, dvals
	fld f21, 264(x30)
	fmadd.d f29, f21, f7, f27, rup
	la x30, dvals
	flw f4, 340(x30)
	fmul.s f21, f7, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	flw f6, 596(x30)
	la x30, dvals
	flw f9, 652(x30)
	fsub.s f25, f6, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	c.j 1f
	addw x15, x27, x16
1:
	slli x15, x20, 63
	sraiw x5, x18, 1
	xor x24, x20, x11
	sltu x1, x21, x4
	subw x15, x17, x0
	fcvt.s.lu f20, x23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	srlw x9, x24, x12
	la x30, dvals
	fld f15, 152(x30)
	la x30, dvals
	fld f30, 120(x30)
	flt.d x25, f15, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	addw x28, x6, x19
	la x30, dvals
	fld f5, 136(x30)
	fsgnjn.d f29, f5, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	sraw x17, x22, x9
	addiw x26, x15, 1
	fmul.s f29, f30, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	remu x15, x21, x7
	slti x17, x14, 64
	srai x12, x9, 1
	srliw x20, x28, 19
	fadd.s f25, f6, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	fcvt.s.l f1, x26, rne
	andi x7, x16, 32
	fcvt.l.s x21, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	mulw x21, x25, x26
	mv x8, x31
	c.sw x15, 40(x8)
	sraw x10, x27, x21
	fsub.d f6, f13, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	la x30, dvals
	fld f16, 496(x30)
	la x30, dvals
	fld f13, 544(x30)
	fnmadd.d f19, f16, f13, f24, rtz
	bltu x15, x1, 1f
	srl x13, x27, x16
1:
	csrrsi x13, fflags, 18
	c.li x7, 27
	c.lui x7, 25
	la x30, dvals
	fld f23, 80(x30)
	la x30, dvals
	fld f8, 64(x30)
	fmsub.d f17, f23, f8, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	fld f6, 200(x30)
	la x30, dvals
	fld f16, 480(x30)
	la x30, dvals
	fld f26, 496(x30)
	fmsub.d f25, f6, f16, f26, rne
	ld x18, 544(x2)
	mul x11, x16, x23
	la x30, dvals
	fld f8, 48(x30)
	la x30, dvals
	fld f13, 40(x30)
	fmsub.d f27, f27, f8, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	la x30, dvals
	fld f10, 80(x30)
	fcvt.s.d f24, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	flw f6, 676(x30)
	la x30, dvals
	flw f25, 312(x30)
	fmadd.s f28, f23, f6, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	sll x9, x27, x13
	addi x30, x31, 80
	amomaxu.d.rl x5, x5, (x30)
	bltu x10, x15, 1f
	sll x10, x29, x12
	sub x3, x15, x26
1:
	auipc x10, 0
	remu x14, x11, x0
	sll x25, x22, x21
	sb x11, 208(x31)
	bltu x15, x24, 1f
	srlw x16, x15, x22
	xor x28, x3, x10
1:
	addi x30, x31, 1624
	lr.d.rl x27, (x30)
	addi x30, x30, 8
	sc.d.rl x22, x4, (x30)
	sltiu x14, x1, 2047
	remu x0, x28, x28
	lui x6, 1048575
	fcvt.wu.d x22, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	lui x4, 524288
	la x30, dvals
	fld f7, 248(x30)
	fcvt.s.d f17, f7, rmm
	slli x19, x22, 31
	sraiw x25, x14, 1
	fmin.d f30, f17, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	flw f29, 628(x30)
	la x30, dvals
	flw f7, 364(x30)
	feq.s x11, f29, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	ori x6, x20, -2048
	fsqrt.s f27, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	lui x14, 1
	srai x20, x17, 63
	sraiw x28, x13, 1
	xori x27, x9, -2048
	lbu x1, 1190(x31)
	la x30, 1f
	jalr x3, 0(x30)
	slt x22, x17, x16
1:
	andi x5, x14, 64
	sltu x25, x27, x20
	c.fsdsp f0, 32(sp)
	bge x5, x14, 1f
	xor x8, x6, x4
1:
	slli x9, x17, 32
	sraiw x28, x29, 0
	addi x30, x31, 1912
	amoor.d.aq x5, x6, (x30)
	la x30, dvals
	fld f0, 192(x30)
	fmin.d f2, f2, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	or x10, x9, x9
	fcvt.s.lu f18, x20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	addi x30, x31, 928
	lr.w.rl x16, (x30)
	addw x16, x7, x6
	sc.w.rl x15, x4, (x30)
	add x20, x17, x28
	bgeu x14, x12, 1f
	or x19, x25, x28
1:
	la x30, dvals
	flw f29, 300(x30)
	fnmsub.s f16, f2, f29, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	remw x13, x4, x8
	lw x25, 1564(x31)
	bne x15, x24, 1f
	sraw x18, x4, x23
1:
	beq x24, x9, 1f
	sub x8, x29, x26
1:
	fcvt.lu.d x15, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	sltiu x22, x16, 32
	slti x27, x8, 63
	la x30, 1f
	c.jr x30
	add x25, x25, x3
1:
	jal x25, 1f
	and x1, x14, x28
1:
	la x30, dvals
	fld f3, 408(x30)
	fsgnjx.d f19, f21, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	bltu x21, x29, 1f
	sub x1, x11, x10
	sub x28, x21, x0
1:
	la x30, dvals
	fld f21, 56(x30)
	fdiv.d f6, f2, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	bltu x19, x20, 1f
	sltu x14, x18, x0
1:
	andi x13, x22, 31
	ori x6, x17, 0
	addi x30, x31, 1120
	lr.d x16, (x30)
	srl x5, x22, x13
	sc.d x26, x6, (x30)
	sc.d x23, x19, (x30)
	addi x30, x31, 304
	lr.d x8, (x30)
	srlw x10, x12, x27
	sc.d x0, x9, (x30)
	auipc x20, 1
	flt.s x27, f25, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	flw f19, 360(x30)
	fcvt.lu.s x6, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	mulhsu x9, x15, x3
	bne x11, x26, 1f
	or x9, x1, x22
	sll x21, x5, x3
1:
	c.mv x19, x22
	c.add x23, x19
	sltu x13, x20, x0
	fcvt.d.s f24, f6
	sltu x5, x8, x11
	flw f8, 1116(x31)
	ld x17, 1696(x31)
	remw x8, x14, x17
	la x30, dvals
	fld f18, 32(x30)
	la x30, dvals
	fld f5, 208(x30)
	fmin.d f12, f18, f5
	sra x14, x5, x8
	addw x3, x4, x11
	c.addi x14, 5
	c.addiw x14, 31
	lw x11, 1744(x2)
	la x30, dvals
	flw f9, 596(x30)
	fmin.s f5, f28, f9
	la x30, dvals
	fld f18, 24(x30)
	la x30, dvals
	fld f0, 16(x30)
	fsgnj.d f3, f18, f0
	fcvt.w.s x5, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	sh x20, 1126(x31)
	sll x9, x11, x13
	flw f4, 16(x31)
	sltiu x11, x6, 32
	bge x22, x14, 1f
	addw x16, x12, x27
1:
	sub x8, x21, x12
	la x30, dvals
	flw f21, 684(x30)
	fcvt.l.s x29, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	sh x19, 734(x31)
	lw x27, 656(x2)
	add x28, x15, x24
	sllw x0, x5, x22
	la x30, dvals
	flw f5, 280(x30)
	la x30, dvals
	flw f22, 652(x30)
	fadd.s f9, f5, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, dvals
	flw f2, 288(x30)
	fcvt.l.s x0, f2, rup
	divu x23, x24, x7
	la x30, dvals
	flw f17, 604(x30)
	fmadd.s f20, f17, f22, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	fcvt.s.wu f0, x11, rdn
	la x30, dvals
	flw f6, 680(x30)
	la x30, dvals
	flw f0, 668(x30)
	fmul.s f2, f6, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	auipc x8, 133126
	fcvt.s.lu f12, x12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	sw x20, 168(x31)
	la x30, dvals
	fld f24, 240(x30)
	la x30, dvals
	fld f16, 432(x30)
	fnmsub.d f7, f24, f16, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	fcvt.w.s x12, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	c.j 1f
	sllw x15, x3, x14
1:
	ld x16, 1826(x2)
	addi x30, x31, 1808
	lr.d.aq x3, (x30)
	addi x30, x30, 8
	sc.d.aq x14, x23, (x30)
	sc.d x21, x19, (x30)
	fcvt.d.l f28, x14, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, 1f
	jalr x14, 1(x30)
	srl x18, x21, x26
1:
	andi x22, x20, -1027
	mv x12, x31
	c.sw x9, 32(x12)
	sltiu x21, x12, 2047
	xor x20, x8, x8
	srlw x1, x22, x3
	lb x5, 595(x2)
	slli x16, x13, 1
	srliw x0, x1, 17
	la x30, dvals
	flw f6, 396(x30)
	la x30, dvals
	flw f5, 596(x30)
	fmax.s f6, f6, f5
	la x30, dvals
	flw f26, 284(x30)
	fmul.s f21, f18, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	blt x19, x8, 1f
	sltu x25, x10, x18
	sub x5, x6, x20
1:
	sra x14, x8, x1
	lb x29, 1315(x31)
	c.swsp x29, 248(sp)
	c.sdsp x14, 16(sp)
	la x30, dvals
	fld f25, 104(x30)
	la x30, dvals
	fld f29, 248(x30)
	fmul.d f16, f25, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	la x30, dvals
	fld f25, 160(x30)
	fsgnjx.d f26, f0, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	addw x9, x25, x22
	divu x0, x9, x18
	c.srai x10, 30
	c.andi x15, -23
	ori x26, x7, -2048
	srai x27, x23, 1
	srliw x12, x10, 13
	addi x30, x31, 1400
	amoadd.w.aq x1, x1, (x30)
	la x30, dvals
	fld f24, 24(x30)
	fsub.d f24, f1, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	addw x20, x28, x20
	fsqrt.s f30, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	srli x18, x23, 33
	slliw x28, x9, 1
	divuw x27, x7, x0
	la x30, dvals
	fld f29, 408(x30)
	fsub.d f16, f29, f30, rtz
	fadd.d f20, f28, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	c.beqz x13, 1f
	sllw x9, x13, x26
1:
	c.beqz x13, 1f
	srl x4, x27, x9
1:
	xori x18, x15, 31
	fdiv.d f30, f24, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	fld f9, 0(x30)
	la x30, dvals
	fld f13, 32(x30)
	fsub.d f19, f9, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	la x30, dvals
	flw f1, 652(x30)
	fsub.s f18, f6, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	mulhu x5, x16, x22
	sllw x26, x29, x5
	fmul.d f11, f18, f3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	slli x28, x4, 32
	sraiw x3, x0, 31
	la x30, 1f
	c.jalr x30
	addw x16, x22, x24
1:
	bne x15, x26, 1f
	sra x13, x0, x29
1:
	fdiv.d f8, f19, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	sraw x1, x12, x24
	slli x7, x25, 31
	srliw x0, x14, 31
	sub x14, x15, x16
	remuw x10, x26, x3
	sb x18, 1240(x31)
	la x30, dvals
	flw f13, 316(x30)
	fmin.s f7, f13, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	xori x11, x9, 0
	addiw x16, x0, 1
	sb x1, 412(x31)
	fmv.x.d x19, f18
	srai x17, x16, 33
	slliw x7, x26, 0
	c.addi16sp sp, 256
	c.sdsp x28, 40(sp)
	mv sp, x31
	la x30, dvals
	fld f29, 400(x30)
	la x30, dvals
	fld f24, 8(x30)
	fmul.d f8, f29, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	lw x18, 1924(x31)
	fcvt.d.wu f22, x20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	ld x9, 307(x2)
	lui x3, 0
	sll x16, x29, x12
	feq.s x0, f29, f3
	addi x30, x31, 1720
	amomin.w.aqrl x5, x6, (x30)
	sllw x13, x3, x8
	fcvt.d.w f18, x21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	srli x13, x18, 33
	slliw x17, x14, 20
	sra x21, x8, x7
	srai x26, x22, 1
	slliw x13, x23, 31
	sb x10, 276(x31)
	subw x17, x7, x16
	sllw x10, x22, x15
	remw x14, x24, x24
	fclass.s x0, f22
	la x30, dvals
	flw f15, 384(x30)
	fnmadd.s f6, f6, f18, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	lui x12, 1
	fadd.s f26, f26, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	addi x19, x13, 0
	la x30, dvals
	fld f24, 168(x30)
	la x30, dvals
	fld f7, 64(x30)
	fnmadd.d f18, f24, f7, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	mulhu x29, x20, x0
	fmv.d.x f22, x8
	lh x28, 1938(x2)
	bge x11, x3, 1f
	subw x1, x0, x17
	sraw x26, x9, x19
1:
	subw x4, x23, x18
	divw x13, x16, x1
	bgeu x3, x6, 1f
	and x4, x8, x28
1:
	csrrwi x3, frm, 1
	c.li x10, 12
	c.lui x10, 13
	sraw x29, x7, x11
	blt x17, x7, 1f
	add x17, x27, x29
1:
	la x30, dvals
	flw f18, 316(x30)
	fmadd.s f22, f21, f18, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	lwu x6, 948(x2)
	sh x9, 652(x31)
	la x30, dvals
	fld f10, 504(x30)
	fclass.d x0, f10
	sh x6, 864(x31)
	la x30, dvals
	flw f3, 388(x30)
	fcvt.d.s f30, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	addw x0, x1, x16
	xori x9, x22, 63
	add x1, x29, x13
	c.j 1f
	srl x16, x4, x1
1:
	xor x0, x6, x15
	la x30, dvals
	flw f10, 300(x30)
	fsub.s f15, f10, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	c.addi4spn x9, sp, 220
	c.addi16sp sp, 320
	c.sdsp x29, 80(sp)
	mv sp, x31
	la x30, dvals
	fld f1, 272(x30)
	fmul.d f24, f3, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	la x30, dvals
	fld f2, 448(x30)
	fcvt.wu.d x12, f2, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	lh x27, 1962(x2)
	div x24, x29, x21
	addw x4, x0, x15
	la x30, dvals
	flw f21, 308(x30)
	la x30, dvals
	flw f7, 608(x30)
	fnmadd.s f20, f21, f7, f11, rup
	blt x0, x12, 1f
	sub x10, x9, x3
1:
	lh x13, 460(x31)
	and x0, x3, x18
	la x30, dvals
	flw f29, 280(x30)
	la x30, dvals
	flw f13, 632(x30)
	fnmadd.s f8, f29, f13, f27, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	bgeu x13, x20, 1f
	sltu x12, x19, x10
1:
	csrrci x11, fflags, 23
	divw x7, x8, x17
	remw x7, x18, x7
	c.srli x15, 31
	c.andi x14, -27
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0xf91ce4efd5a7f3cf
	.dword 0x501ec220830a47ad
	.dword 0xb40fc812ecb87c14
	.dword 0x846b3ca99c33c796
	.dword 0x7cefcb3634a077b2
	.dword 0x709379b9eb2e9b0b
	.dword 0x31b302ac6d33e1bf
	.dword 0x31852e9d1e8e5276
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0x41b5f339fe5b4b38
	.dword 0x3e3bd867c5ce5674
	.dword 0x3f56bfebb7637926
	.dword 0xc125d49352198fe0
	.dword 0x403ebaacb133b7a1
	.dword 0x3e7cf2a81481adf4
	.dword 0xc109399c41982ad9
	.dword 0x4112caea397c4b0d
	.dword 0x3f0ca1a67353ecca
	.dword 0x3f077983f422d3e0
	.dword 0x3f4eb602654b04ed
	.dword 0xc1b9b84f59cd7d4f
	.dword 0x0022489f9c75f55f
	.dword 0x41ed69ec4ffef39c
	.dword 0x41edef006645bc3e
	.dword 0x001f23266159b753
	.dword 0x7fea2806bfb9b713
	.dword 0x803dd1503e33e453
	.dword 0x832a2bac4d23f8a3
	.dword 0x0018342c360b2ab2
	.dword 0x8326e46240d90847
	.dword 0x0016fa47e4f520d8
	.dword 0x003b12841f1ccd91
	.dword 0x801641077772ba54
	.word 0x419c79e0
	.word 0xc1a53152
	.word 0x3c6f28f7
	.word 0xbd45a2cd
	.word 0x43344128
	.word 0xc1ee108d
	.word 0x3ad230d9
	.word 0x3c3f4a31
	.word 0x441aed7c
	.word 0x3cddb336
	.word 0x434ed04d
	.word 0xc0caa7b1
	.word 0x4f5bbc8e
	.word 0xdf5a6ade
	.word 0xcf098f74
	.word 0x8039ed85
	.word 0x7f298ad3
	.word 0x8020328c
	.word 0x7ea8bcd5
	.word 0xcf26bac5
	.word 0x6fa8c7
	.word 0x804485e7
	.word 0xf4eeaa0
	.word 0xff54f362
	.balign 16
scratch:
	.word 0x762be43e
	.word 0x5f280c68
	.word 0x8a01447a
	.word 0xf344f29d
	.word 0xcffbe6d6
	.word 0xd70e9786
	.word 0xba34fa59
	.word 0x8a86d426
	.word 0x5045b8c7
	.word 0xcf84649
	.word 0x821dee71
	.word 0xc5a9e298
	.word 0xc6a952c5
	.word 0x72c1131d
	.word 0x44f1f2cc
	.word 0x2fa1bc98
	.word 0x1e64a0a1
	.word 0xc46876b9
	.word 0x9d594f26
	.word 0x23077a78
	.word 0x454b97dc
	.word 0xc1b18c84
	.word 0xf40fe614
	.word 0x11612c32
	.word 0xa809be61
	.word 0x677fe1e3
	.word 0xf33a4402
	.word 0xccf1623f
	.word 0xf668bee4
	.word 0xd73d89fe
	.word 0xa64d251f
	.word 0x5f364968
	.word 0x557b4ec5
	.word 0xa8dde214
	.word 0x8772633b
	.word 0xa9b9b091
	.word 0x6ad037c4
	.word 0xe938bbd0
	.word 0x361a5ad1
	.word 0xd548ca51
	.word 0x4c530650
	.word 0xbfbb139c
	.word 0x64d75278
	.word 0x5d9ab3b4
	.word 0x766afe02
	.word 0x1cfff037
	.word 0xbdd5482b
	.word 0x8ed46a23
	.word 0x7191768b
	.word 0xb7471c4b
	.word 0xcd0493ac
	.word 0xb156be94
	.word 0xb605b716
	.word 0x1c099bc5
	.word 0xc154a3dd
	.word 0xf0ca000a
	.word 0xa9a8158f
	.word 0xc82da063
	.word 0xf81e3013
	.word 0xfd95acbd
	.word 0x48473f3c
	.word 0x5bbdf56c
	.word 0x4710fb64
	.word 0x57f6bc1a
	.word 0x8ec23820
	.word 0xf10dc4a3
	.word 0x7aa98d8f
	.word 0x28114863
	.word 0x22b8354d
	.word 0xa6216fe5
	.word 0xf06ccb6b
	.word 0x4932628b
	.word 0xa903077a
	.word 0xf468520c
	.word 0x3b1c0e18
	.word 0xe1353d97
	.word 0x96782454
	.word 0xccaf488d
	.word 0x9261b012
	.word 0x2817e643
	.word 0x4f2269ac
	.word 0x40eafc47
	.word 0xf3206d36
	.word 0x2e5c9cd5
	.word 0x50a24f6
	.word 0x730c43bc
	.word 0x940c7e21
	.word 0x62c22b65
	.word 0xd27d8ef2
	.word 0x17dc1b43
	.word 0x2321239
	.word 0x4ed75263
	.word 0x37f765ee
	.word 0xb213c12b
	.word 0x8cee4230
	.word 0xd1a46ce4
	.word 0xdb209df8
	.word 0xdb60cf57
	.word 0x93c38c52
	.word 0xab7e13b6
	.word 0x48140172
	.word 0xcf7e888f
	.word 0xd38390b8
	.word 0x930cce32
	.word 0x539be1b7
	.word 0xda0fda41
	.word 0x9bab6a2
	.word 0xb2b5fbb5
	.word 0xb5a8f7d4
	.word 0xc1166ddd
	.word 0x9914baeb
	.word 0xc772642f
	.word 0xf50ffb54
	.word 0x46cab2a6
	.word 0x35127c9
	.word 0xd2aa97bd
	.word 0x8bf385f3
	.word 0x92fe92f5
	.word 0x54a24605
	.word 0x903feeb4
	.word 0xd0c25040
	.word 0xc389b985
	.word 0x639518f9
	.word 0xd1c14f3c
	.word 0xfcf0d6cf
	.word 0x2301febb
	.word 0x86048ad0
	.word 0xfc8eae9f
	.word 0x2f61c11
	.word 0xefffc9cb
	.word 0xce12f7a8
	.word 0x8c1044bb
	.word 0x146bb9f8
	.word 0x9c58212
	.word 0x897444f1
	.word 0x3ca6e484
	.word 0xe6f4877f
	.word 0xb570d232
	.word 0x49ee7089
	.word 0x781d7db6
	.word 0x22d11a03
	.word 0x33be23ab
	.word 0xeac318e
	.word 0x9b2b0dc0
	.word 0xa8fd61a9
	.word 0x9dc03a6d
	.word 0xcb37324b
	.word 0x82b6da74
	.word 0x66f6a788
	.word 0xf2f82feb
	.word 0x17a3b949
	.word 0x71df888c
	.word 0x9907558b
	.word 0x5778650
	.word 0x42026d4e
	.word 0xfadef9fb
	.word 0x99d0ea6b
	.word 0x1724cc85
	.word 0x5831503f
	.word 0x34e7ada4
	.word 0xeb3aecad
	.word 0x634de8ba
	.word 0x15023577
	.word 0x26336881
	.word 0x2f4ecf10
	.word 0x233a3c86
	.word 0xf1f314b3
	.word 0xffc29d21
	.word 0x20bb8952
	.word 0x63add2da
	.word 0xe7293a01
	.word 0xcd463c95
	.word 0x5047a61f
	.word 0x34069ffd
	.word 0x18d0cc21
	.word 0x2bc97deb
	.word 0x8af7e5f1
	.word 0xbf762475
	.word 0x4ef88a9
	.word 0x4aa098d4
	.word 0x6efcb529
	.word 0xf364c9a5
	.word 0x205bcd2d
	.word 0x66367b92
	.word 0x81c98930
	.word 0xad15f9a7
	.word 0x56030657
	.word 0xeff65b53
	.word 0xb7190abd
	.word 0x5f92d2da
	.word 0xbcfb97fe
	.word 0xe822f7c
	.word 0x26dcd38a
	.word 0x2914765c
	.word 0x5c2b13d3
	.word 0xf47cf39b
	.word 0x2bfb751c
	.word 0xee4221b0
	.word 0xe4fae5ca
	.word 0xb03cc48b
	.word 0x3d1bab7d
	.word 0x46f1c7a7
	.word 0xbea60c05
	.word 0x9bf4e156
	.word 0xfc1a7599
	.word 0xe788956d
	.word 0x518cb01f
	.word 0x366948d8
	.word 0xf13aab41
	.word 0x2e09f468
	.word 0x1b796a
	.word 0x89f7d0d1
	.word 0xe54edc7
	.word 0xee64c211
	.word 0xb2fdf942
	.word 0xb7624aa8
	.word 0x38d183d3
	.word 0x1dd71746
	.word 0x18cab3f9
	.word 0x980320c3
	.word 0x7f7ce70e
	.word 0x90378ec0
	.word 0x5c1878d7
	.word 0x33549b96
	.word 0xa4e77b25
	.word 0x3bfc2264
	.word 0x49af4a3c
	.word 0xbdfbd348
	.word 0x35c4a0a1
	.word 0x9bcad969
	.word 0xdc14ba5a
	.word 0x20a42155
	.word 0x3554b152
	.word 0xccaabd4d
	.word 0xfb69494c
	.word 0x9a54adec
	.word 0xf2cc6918
	.word 0x82058b0f
	.word 0x5fea251d
	.word 0x72789f99
	.word 0x50fa64dc
	.word 0x905cb76c
	.word 0xd097b2b4
	.word 0xfee51b54
	.word 0xec7907f3
	.word 0x5c6737b0
	.word 0xe8bc35f8
	.word 0xae635dd9
	.word 0x7edbf995
	.word 0x3cc27541
	.word 0x3f27e2f4
	.word 0xac596a48
	.word 0xa31572c0
	.word 0xa4e3f8a6
	.word 0xa51dfefd
	.word 0x4288201c
	.word 0x97fbe879
	.word 0xb4631d63
	.word 0x2e2dc604
	.word 0x4b4ca332
	.word 0x3a7b1847
	.word 0x77094b3e
	.word 0x93ba2529
	.word 0x34f2ba66
	.word 0x14773c99
	.word 0x8f68c80b
	.word 0x5b5584df
	.word 0x920c3638
	.word 0x8dacb7fd
	.word 0x713050d4
	.word 0x1e774561
	.word 0x2db8df8c
	.word 0xff61d1a8
	.word 0x6fc2d342
	.word 0x80fbbb77
	.word 0x531371d
	.word 0x59825874
	.word 0x4316f772
	.word 0x22e7c84e
	.word 0xa622d299
	.word 0x72401881
	.word 0x5b500509
	.word 0x25d016d1
	.word 0xc64e8fd4
	.word 0xe13485ce
	.word 0x4022dc08
	.word 0x6fd9eaf9
	.word 0x25a94fa
	.word 0x487a6f98
	.word 0xb4a4c6dc
	.word 0xa3954c83
	.word 0x4aa019a1
	.word 0x7b17b00b
	.word 0x2fc44680
	.word 0x4596b44a
	.word 0xf0e80565
	.word 0xf8df75a7
	.word 0xdb184cd2
	.word 0x82ced7f3
	.word 0x5e23e68b
	.word 0x7ca069b2
	.word 0x43543e59
	.word 0x5770fed6
	.word 0x5de94ae3
	.word 0xe2170799
	.word 0x5e60fb8b
	.word 0x6326db63
	.word 0xb1160f86
	.word 0x6c380955
	.word 0xcf41645c
	.word 0x9a982299
	.word 0x47a2f27c
	.word 0x2442afca
	.word 0x46c135f7
	.word 0x6f835cc8
	.word 0x87518665
	.word 0x4432c8cb
	.word 0xb85f6d9e
	.word 0xe87c6a68
	.word 0xc31a46f0
	.word 0xf3446152
	.word 0x92adc245
	.word 0x764b91d7
	.word 0x8a5f0e0f
	.word 0x1845a3c0
	.word 0x2b834e1e
	.word 0xa5548fe
	.word 0xca11f23b
	.word 0x7e8bea10
	.word 0x7af49574
	.word 0xe3164a79
	.word 0x617695f5
	.word 0xcac5ee31
	.word 0x977d43b0
	.word 0xde60da95
	.word 0x6371198c
	.word 0x48578c2c
	.word 0x83984865
	.word 0xd80108cf
	.word 0xda0a1c23
	.word 0xa8482c64
	.word 0x155baa46
	.word 0x627813af
	.word 0x61b5b689
	.word 0x3bfb5a5b
	.word 0x46b25263
	.word 0x9338b79c
	.word 0x3ca5da59
	.word 0x7a398c6e
	.word 0x3d395f34
	.word 0xcd255f3b
	.word 0xbe83871a
	.word 0x274a56a
	.word 0x4dec6ec6
	.word 0xc6ad155c
	.word 0xe4d24cbf
	.word 0x5fab9bd
	.word 0xb6b2bbb
	.word 0xad93ea15
	.word 0xcaf56ddd
	.word 0x8e91313a
	.word 0xbe728941
	.word 0x401036c
	.word 0xa9feba1a
	.word 0xa9056dc4
	.word 0x93001cda
	.word 0x83f98677
	.word 0xd5d0c26c
	.word 0x7e39b0e2
	.word 0x4c9f4af0
	.word 0x1de21a10
	.word 0x8aa69d40
	.word 0x78d88927
	.word 0x5677e6f9
	.word 0xffbae60d
	.word 0xcc19e1b0
	.word 0xf5dcad47
	.word 0x6efbd2dd
	.word 0x80af692d
	.word 0xdcd502e8
	.word 0xed8fa92c
	.word 0xdee8a59
	.word 0x481d456b
	.word 0xf6baf353
	.word 0xb2c8205b
	.word 0x6ea07c7a
	.word 0x44ce914d
	.word 0x4a083dfe
	.word 0xfb4cbf85
	.word 0xfb3912bb
	.word 0xf4addf8c
	.word 0xa4d37c62
	.word 0xa0b4606d
	.word 0xbb831011
	.word 0xe9aac6f1
	.word 0x9fe3772b
	.word 0xd1cb9aa8
	.word 0xf147b707
	.word 0xf34dce54
	.word 0x1a6a09f7
	.word 0x31cc4ffd
	.word 0xbe45cf64
	.word 0xf280dab0
	.word 0xd303653b
	.word 0x4b2f07c9
	.word 0xd1183662
	.word 0x2d57ac88
	.word 0xc01edd8b
	.word 0x6e59bbdc
	.word 0x7d60feed
	.word 0x351099d3
	.word 0xe377b206
	.word 0xb3d86b3d
	.word 0x694d1822
	.word 0x836e9dc6
	.word 0x4a18c00d
	.word 0x11306921
	.word 0x9e9ca24b
	.word 0x506d2301
	.word 0x75a259e7
	.word 0xed4a73a8
	.word 0xc4db64d7
	.word 0xa07bce17
	.word 0xee911bab
	.word 0x7167b679
	.word 0x72b2600d
	.word 0xe8c835d4
	.word 0x202a9f4d
	.word 0xba3d32c
	.word 0x490b122f
	.word 0x42921688
	.word 0x821c389
	.word 0x3a4f8f81
	.word 0xbc46819e
	.word 0xe2db8324
	.word 0xc556051b
	.word 0xbb599bc1
	.word 0x8c1e05f1
	.word 0xd8a07781
	.word 0x1c57a989
	.word 0xc5b95a7a
	.word 0x303bcd21
	.word 0x7a66f42e
	.word 0x388fadbf
	.word 0x6a3d4f43
	.word 0xb97c9b89
	.word 0x6bb87f6f
	.word 0xeee005e5
	.word 0x25c68bab
	.word 0x62c1afb2
	.word 0xb1cf4109
	.word 0x6427f23e
	.word 0xd66f9ece
	.word 0x937fceb5
	.word 0x3f8227c1
	.word 0x143d75fc
	.word 0xead7bf1d
	.word 0xbbb62167
	.word 0x8cc52bea
	.word 0x1eb799f6
	.word 0x5cacc972
	.word 0x75df9dd3
	.word 0x4ad262c1
	.word 0xd7c27104
	.word 0xa5b50355
	.word 0xbe2b96fa
	.word 0x5262a080
	.word 0xc826d499
	.word 0x440a45a3
	.word 0x9b7a5c7c
	.word 0xce4334c6
	.word 0xb3afb5cb
	.word 0xe7c81f40
	.word 0x602dc750
	.word 0xc032cd53
	.word 0xaa84d27f
	.word 0x29ae695a
	.word 0x742e3818
	.word 0xd681504e
	.word 0x6d952f4a
	.word 0xc7fd65f4
	.word 0x339daf5
	.word 0x348bbe06
	.word 0x2a20abc3
	.word 0xd442598f
	.word 0x710d30f6
	.word 0x3560f49f
	.word 0x55932da6
	.word 0x34d94315
	.word 0x8bc64448
	.word 0x2aa3d80f
	.word 0x65e00b1e
	.word 0xf4fcd2bf
	.word 0xbbcbb8aa
	.word 0x570d4665
	.word 0x7f2a925
	.word 0x812298e
	.word 0xe95a2cff
	.word 0x3476c93d
	.word 0x4772ed35
	.word 0x405c4bbf
	.word 0xec522a6a
	.word 0x8af8e245
	.word 0x40b12abd
	.word 0xd931b18e
	.word 0xf00c7ce
	.word 0xe8d88a72
	.word 0xcb406199
	.word 0x29176620
	.word 0x7fb39de9
	.word 0x8dd9c62e
	.word 0x1697c8a0
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
